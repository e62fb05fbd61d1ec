/**
 * Values of this annotation that other analysts' edits replaced when bundles
 * were merged. The merge keeps the later edit, but the other value is not
 * lost: it is listed here, with who wrote it, and can be put back.
 */
import { AnnotationPatch as PatchSchema } from '../../../shared/api';
import type { HistoryEntry, MergedField } from '../../../shared/model';
import type { AnnotationPatch } from '../annotations/types';
import { describeValue, FIELD_LABELS, RESTORABLE } from '../lib/field-values';
import { Icon } from './Icon';

interface Props {
  history: readonly HistoryEntry[];
  /** Puts a replaced value back (an ordinary edit, so it merges like any other). */
  onRestore?(patch: AnnotationPatch): void;
}

/** The edit that would put a value back, if it is one an edit can make. */
function restorePatch(field: MergedField, value: unknown): AnnotationPatch | undefined {
  if (!RESTORABLE.has(field)) return undefined;
  const patch = { [field]: value ?? (field === 'note' ? '' : field === 'tags' || field === 'biasCues' ? [] : null) };
  const parsed = PatchSchema.safeParse(patch);
  return parsed.success ? parsed.data : undefined;
}

export function AnnotationHistory({ history, onRestore }: Props) {
  if (!history.length) return null;
  return (
    // Opening the list must not also focus the card (which would scroll the reader).
    <details className="card-history" data-testid="card-history" onClick={(e) => e.stopPropagation()}>
      <summary>
        <Icon name="chevron" size={12} className="disclosure-chevron" />
        Replaced in a merge ({history.length})
      </summary>
      <ul className="card-history-list">
        {[...history].reverse().map((h) => {
          const patch = onRestore && restorePatch(h.field, h.value);
          return (
            <li key={`${h.field}|${h.stamp.rev}|${h.stamp.by}`} className="card-history-entry" data-testid="history-entry" data-field={h.field}>
              <span className="card-history-field">{FIELD_LABELS[h.field]}</span>
              <span className="card-history-value" data-testid="history-value">
                {describeValue(h.field, h.value)}
              </span>
              <span className="card-history-meta">
                by {h.byName}, replaced by {h.lostTo.name ?? 'a later edit'}
                {patch && (
                  <button
                    type="button"
                    className="button button-quiet button-small card-history-restore"
                    onClick={() => onRestore?.(patch)}
                    title="Make this the current value again (an ordinary edit)"
                    data-testid="history-restore"
                  >
                    Use this value
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
