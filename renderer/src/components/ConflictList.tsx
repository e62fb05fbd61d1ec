/**
 * A conflict, field by field: the value the merge keeps and the other one.
 * Nothing is lost — the other value goes into the annotation's history.
 */
import type { AnnotationChange } from '../lib/bundle-selection';
import { nameOf } from '../lib/bundle-selection';
import { describeValue, FIELD_LABELS } from '../lib/field-values';
import { Icon } from './Icon';

export function ConflictList({ conflicts, names }: { conflicts: AnnotationChange['conflicts']; names: ReadonlyMap<string, string> }) {
  return (
    <div className="conflicts" data-testid="conflicts">
      <p className="conflicts-title">
        <Icon name="alert" size={14} />
        {conflicts.length === 1 ? 'Edited on both sides' : `${conflicts.length} fields edited on both sides`}
      </p>
      {conflicts.map((c) => (
        <div key={c.field} className="conflict" data-testid="conflict" data-field={c.field}>
          <span className="conflict-field">{FIELD_LABELS[c.field]}</span>
          <dl className="conflict-values">
            <div className="conflict-kept">
              <dt>Kept · {c.keptByName || nameOf(names, c.keptBy)}</dt>
              <dd data-testid="conflict-kept">{describeValue(c.field, c.kept)}</dd>
            </div>
            <div className="conflict-lost">
              <dt>Other value · {c.lostByName || nameOf(names, c.lostBy)}</dt>
              <dd data-testid="conflict-lost">{describeValue(c.field, c.lost)}</dd>
            </div>
          </dl>
        </div>
      ))}
      <p className="field-hint">
        Every copy keeps the same value: the edit made after seeing more of the other edits, or, when both were made independently, the same one everywhere — not
        necessarily the newer by the clock. The other value is saved in the annotation’s history, where you can see it and put it back.
      </p>
    </div>
  );
}
