/**
 * The analyst's Admiralty rating of an outlet: a source-reliability grade A–F
 * with the reasons for it. By keyboard: type the letter (or use the arrows),
 * Tab to the rationale, Ctrl/Cmd+Enter saves, Escape cancels.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SOURCE_LABELS } from '../../../shared/grading';
import { SOURCE_GRADES, type SourceGrade } from '../../../shared/model';
import { MOD_LABEL } from '../lib/platform';
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
  const opener = useRef<HTMLButtonElement>(null);
  const group = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) group.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
    else if (returnFocus.current) opener.current?.focus();
    returnFocus.current = false;
  }, [editing]);

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
        <button ref={opener} type="button" className="button button-quiet button-small editable-edit" onClick={() => setEditing(true)} data-testid="source-rating-edit">
          {rating ? 'Change' : 'Rate'}
        </button>
      </div>
    );

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const save = async (next: Rating | null) => {
    setSaving(true);
    try {
      await onSave(next);
      close();
    } catch {
      // Shown by the caller; the form stays open with what was chosen.
    } finally {
      setSaving(false);
    }
  };
  const pick = (g: SourceGrade) => {
    setGrade(g);
    group.current?.querySelector<HTMLElement>(`[data-grade="${g}"]`)?.focus();
  };
  const onGradeKey = (e: KeyboardEvent) => {
    const typed = e.key.toUpperCase();
    const at = SOURCE_GRADES.indexOf(grade ?? 'A');
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!e.ctrlKey && !e.metaKey && !e.altKey && (SOURCE_GRADES as readonly string[]).includes(typed)) pick(typed as SourceGrade);
    else if (step) pick(SOURCE_GRADES[(at + step + SOURCE_GRADES.length) % SOURCE_GRADES.length]!);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && grade && !saving) void save({ grade, rationale: rationale.trim() });
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div className="rating-edit" onKeyDown={onKey}>
      <div ref={group} className="rating-grades" role="radiogroup" aria-label="Source reliability" onKeyDown={onGradeKey}>
        {SOURCE_GRADES.map((g) => (
          <button
            key={g}
            type="button"
            role="radio"
            aria-checked={grade === g}
            tabIndex={g === (grade ?? 'A') ? 0 : -1}
            className="grade-scale-key rating-grade"
            title={`${g} — ${SOURCE_LABELS[g]}`}
            onClick={() => setGrade(g)}
            data-grade={g}
            data-testid={`source-grade-${g}`}
          >
            {g}
          </button>
        ))}
      </div>
      <p className="field-hint">
        {grade ? `${grade} — ${SOURCE_LABELS[grade]}` : 'Type a letter A–F, or click one'} · <kbd>{MOD_LABEL}</kbd>+<kbd>Enter</kbd> saves · <kbd>Esc</kbd> cancels
      </p>
      <textarea className="input textarea" rows={3} placeholder="Rationale: what this rating rests on" value={rationale} onChange={(e) => setRationale(e.target.value)} data-testid="source-rationale" />
      <div className="editable-actions">
        {rating && (
          <button type="button" className="button button-quiet button-small button-danger" disabled={saving} onClick={() => void save(null)}>
            Remove rating
          </button>
        )}
        <button type="button" className="button button-quiet button-small" onClick={close}>
          Cancel
        </button>
        <button type="button" className="button button-primary button-small" disabled={!grade || saving} onClick={() => grade && void save({ grade, rationale: rationale.trim() })} data-testid="source-rating-save">
          Save rating
        </button>
      </div>
    </div>
  );
}
