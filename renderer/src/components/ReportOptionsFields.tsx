/**
 * What goes into a report: filters (kinds, analysts, codes) and layout
 * (notes, page size, sections). Options a format cannot use are disabled
 * rather than hidden, so the form does not jump when the format changes.
 */
import type { AnnotationKind } from '../../../shared/model';
import type { ReportOptions } from '../../../shared/report/options';
import { useCodebookVersion } from '../hooks/use-codebook';
import { KINDS } from '../lib/annotation-kinds';
import { biasCueCodes, codeLabel, tagCodes } from '../lib/codebook';
import { CheckChips } from './CheckChips';

export type ReportFormat = 'pdf' | 'html' | 'markdown' | 'csv';

export interface OptionsState {
  kinds: ReadonlySet<string>;
  authors: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  notes: 'margin' | 'endnotes';
  pageSize: 'A4' | 'Letter';
  includeText: boolean;
  includeClaims: boolean;
  includeProfiles: boolean;
}

export const DEFAULT_OPTIONS: OptionsState = {
  kinds: new Set(),
  authors: new Set(),
  tags: new Set(),
  notes: 'margin',
  pageSize: 'A4',
  includeText: true,
  includeClaims: true,
  includeProfiles: true,
};

export function toReportOptions(o: OptionsState, format: ReportFormat): ReportOptions {
  return {
    ...(o.kinds.size ? { kinds: [...o.kinds] as AnnotationKind[] } : {}),
    ...(o.authors.size ? { authors: [...o.authors] } : {}),
    ...(o.tags.size ? { tags: [...o.tags] } : {}),
    ...(format === 'pdf' || format === 'html' ? { notes: o.notes } : {}),
    ...(format === 'pdf' ? { pageSize: o.pageSize } : {}),
    includeText: o.includeText,
    includeClaims: o.includeClaims,
    includeProfiles: o.includeProfiles,
  };
}

/** The choices in one line, for the closed "What to include" section. */
export function describeOptions(o: OptionsState, format: ReportFormat): string {
  const count = (n: number, all: string, some: string) => (n ? `${n} ${some}` : all);
  const parts = [count(o.kinds.size, 'all kinds', o.kinds.size === 1 ? 'kind' : 'kinds'), count(o.authors.size, 'everyone', o.authors.size === 1 ? 'analyst' : 'analysts')];
  if (o.tags.size) parts.push(`${o.tags.size} ${o.tags.size === 1 ? 'code' : 'codes'}`);
  if (format !== 'csv') {
    const sections = [o.includeText && 'text', o.includeClaims && 'claims', o.includeProfiles && 'profiles'].filter(Boolean);
    parts.push(sections.length ? sections.join(', ') : 'annotations only');
  }
  if (format === 'pdf' || format === 'html') parts.push(o.notes === 'margin' ? 'margin notes' : 'endnotes');
  if (format === 'pdf') parts.push(o.pageSize);
  return parts.join(' · ');
}

interface Props {
  value: OptionsState;
  onChange(next: OptionsState): void;
  format: ReportFormat;
  analysts: ReadonlyArray<{ id: string; name: string; annotations: number }>;
  disabled: boolean;
}

export function ReportOptionsFields({ value, onChange, format, analysts, disabled }: Props) {
  useCodebookVersion();
  const set = (patch: Partial<OptionsState>) => onChange({ ...value, ...patch });
  const codes = [...biasCueCodes(), ...tagCodes()];
  const paged = format === 'pdf' || format === 'html';
  // CSV is one row per annotation: sections and layout do not apply.
  const sections = format !== 'csv';
  return (
    <div className="report-options">
      <CheckChips
        legend="Kinds"
        allLabel="all kinds"
        chips={KINDS.map((k) => ({ value: k.kind, label: k.label, color: `var(--kind-${k.kind})` }))}
        chosen={value.kinds}
        onChange={(kinds) => set({ kinds })}
        testId="option-kinds"
        disabled={disabled}
      />
      <CheckChips
        legend="Analysts"
        allLabel="everyone"
        chips={analysts.map((a) => ({ value: a.id, label: a.name, hint: `${a.annotations} annotations` }))}
        chosen={value.authors}
        onChange={(authors) => set({ authors })}
        testId="option-authors"
        disabled={disabled}
      />
      <CheckChips
        legend="Bias cues and tags"
        allLabel="any, or none"
        chips={codes.map((c) => ({ value: c.path, label: codeLabel(c.path), color: c.color, hint: c.description }))}
        chosen={value.tags}
        onChange={(tags) => set({ tags })}
        testId="option-tags"
        disabled={disabled}
      />
      <fieldset className="report-layout" disabled={disabled}>
        <legend className="field-label">Include</legend>
        <div className="report-layout-row">
          {(
            [
              ['includeText', 'Article text with highlights'],
              ['includeClaims', 'Claims'],
              ['includeProfiles', 'Outlet profiles'],
            ] as const
          ).map(([key, label]) => (
            <label key={key} className="check-label">
              <input type="checkbox" className="checkbox" checked={value[key]} disabled={!sections} onChange={(e) => set({ [key]: e.target.checked })} data-testid={`option-${key}`} />
              {label}
            </label>
          ))}
        </div>
        <div className="report-layout-row">
          <span className="report-layout-label">Notes</span>
          {(
            [
              ['margin', 'In the margin'],
              ['endnotes', 'As endnotes'],
            ] as const
          ).map(([v, label]) => (
            <label key={v} className="check-label">
              <input type="radio" className="radio" name="report-notes" checked={value.notes === v} disabled={!paged} onChange={() => set({ notes: v })} data-testid={`option-notes-${v}`} />
              {label}
            </label>
          ))}
          <span className="report-layout-label">Page</span>
          {(['A4', 'Letter'] as const).map((v) => (
            <label key={v} className="check-label">
              <input type="radio" className="radio" name="report-page" checked={value.pageSize === v} disabled={format !== 'pdf'} onChange={() => set({ pageSize: v })} data-testid={`option-page-${v}`} />
              {v}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
