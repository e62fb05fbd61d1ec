import { CREDIBILITY_LABELS, SOURCE_LABELS } from '../../../shared/grading';
import { CREDIBILITY_GRADES, SOURCE_GRADES, type Grading } from '../../../shared/model';

interface Props {
  value: Grading | undefined;
  onPick(next: Grading): void;
}

/**
 * The two Admiralty axes as rows of keys, shown while a grade field has focus:
 * the valid range at a glance, the words on hover, and a click sets one axis
 * (clicking the chosen one again clears that axis). Focus stays in the field.
 */
export function GradeScale({ value, onPick }: Props) {
  const set = (axis: 'source' | 'credibility', v: string) => {
    const next: Grading = { ...(value ?? {}) };
    if (next[axis] === v) delete next[axis];
    else (next as Record<string, string>)[axis] = v;
    onPick(next);
  };
  return (
    <div className="grade-scale" aria-hidden="true">
      <div className="grade-scale-row">
        <span className="grade-scale-axis">Source</span>
        {SOURCE_GRADES.map((g) => (
          <button key={g} type="button" tabIndex={-1} className="grade-scale-key" aria-pressed={value?.source === g} title={`${g} — ${SOURCE_LABELS[g]}`} onMouseDown={(e) => e.preventDefault()} onClick={() => set('source', g)}>
            {g}
          </button>
        ))}
      </div>
      <div className="grade-scale-row">
        <span className="grade-scale-axis">Information</span>
        {CREDIBILITY_GRADES.map((g) => (
          <button key={g} type="button" tabIndex={-1} className="grade-scale-key" aria-pressed={value?.credibility === g} title={`${g} — ${CREDIBILITY_LABELS[g]}`} onMouseDown={(e) => e.preventDefault()} onClick={() => set('credibility', g)}>
            {g}
          </button>
        ))}
      </div>
    </div>
  );
}
