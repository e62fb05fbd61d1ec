import type { OutletChoice } from '../../../shared/api';

interface NamedSource {
  id: string;
  name: string;
}

const key = (name: string) => name.trim().toLocaleLowerCase();

/**
 * What to send for an outlet typed by the analyst: the existing outlet's id
 * when the name matches one (case-insensitively, as main does), else the name
 * so main creates it. Blank means "let the importer decide".
 */
export function outletChoiceFor(name: string, sources: readonly NamedSource[]): OutletChoice | undefined {
  const trimmed = name.trim();
  if (!trimmed) return undefined;
  const existing = sources.find((s) => key(s.name) === key(trimmed));
  return existing ? { sourceId: existing.id } : { name: trimmed };
}
