/** The analyst's Admiralty rating of an outlet: a source-reliability grade A–F with the reasons for it. */
import { useEffect, useState } from 'react';
import { SOURCE_LABELS } from '../../../shared/grading';
import { SOURCE_GRADES, type SourceGrade } from '../../../shared/model';
import { GradeBadge } from './GradeBadge';

interface Rating {
  grade: SourceGrade;
  rationale: string;
}

interface Props {
  rating: Rating | undefined;
  onSave(rating: Rating | null): Promise<void>;
}

export function SourceRatingEditor({ rating, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [grade, setGrade] = useState<SourceGrade | undefined>(rating?.grade);
  const [rationale, setRationale] = useState(rating?.rationale ?? '');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (editing) return;
    setGrade(rating?.grade);
    setRationale(rating?.rationale ?? '');
  }, [rating, editing]);

  if (!editing)
    return (
      <div className="rating-view" data-testid="source-rating">
        {rating ? (
          <>
            <p className="rating-line">
              <GradeBadge grading={{ source: rating.grade }} testId="source-rating-grade" />
              <span className="rating-words">{SOURCE_LABELS[rating.grade]}</span>
            </p>
            {rating.rationale && <p className="rating-rationale">{rating.rationale}</p>}
          </>
        ) : (
          <p className="section-empty">Not rated. Rate how reliable this outlet has proved, A (completely reliable) to F (cannot be judged).</p>
        )}
        <button type="button" className="button button-quiet button-small editable-edit" onClick={() => setEditing(true)} data-testid="source-rating-edit">
          {rating ? 'Change' : 'Rate'}
        </button>
      </div>
    );

  const save = async (next: Rating | null) => {
    setSaving(true);
    try {
      await onSave(next);
      setEditing(false);
    } catch {
      // Shown by the caller; the form stays open with what was chosen.
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="rating-edit">
      <div className="rating-grades" role="radiogroup" aria-label="Source reliability">
        {SOURCE_GRADES.map((g) => (
          <button key={g} type="button" role="radio" aria-checked={grade === g} className="grade-scale-key rating-grade" title={`${g} — ${SOURCE_LABELS[g]}`} onClick={() => setGrade(g)} data-testid={`source-grade-${g}`}>
            {g}
          </button>
        ))}
      </div>
      <p className="field-hint">{grade ? `${grade} — ${SOURCE_LABELS[grade]}` : 'Choose a grade'}</p>
      <textarea className="input textarea" rows={3} placeholder="Rationale: what this rating rests on" value={rationale} onChange={(e) => setRationale(e.target.value)} data-testid="source-rationale" />
      <div className="editable-actions">
        {rating && (
          <button type="button" className="button button-quiet button-small button-danger" disabled={saving} onClick={() => void save(null)}>
            Remove rating
          </button>
        )}
        <button type="button" className="button button-quiet button-small" onClick={() => setEditing(false)}>
          Cancel
        </button>
        <button type="button" className="button button-primary button-small" disabled={!grade || saving} onClick={() => grade && void save({ grade, rationale: rationale.trim() })} data-testid="source-rating-save">
          Save rating
        </button>
      </div>
    </div>
  );
}
