/**
 * A grade typed as the analyst says it: "b2", "E5", or one axis ("c", "3").
 * Every keystroke is read at once: a valid code shows its words and is
 * applied, anything else shows the valid range and changes nothing. While
 * the field has focus the scale is shown beneath it, clickable per axis.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { formatGrade } from '../../../shared/grading';
import type { Grading } from '../../../shared/model';
import { readGradeInput, sameGrading } from '../lib/grade-input';
import { GradeScale } from './GradeScale';

export interface GradeSeed {
  /** What the analyst typed to start grading (a key pressed on a card). */
  text: string;
  /** Changes with every new seed, so the same key twice still starts again. */
  n: number;
}

interface Props {
  value: Grading | undefined;
  onChange(grading: Grading | null): void;
  /** The field was left (or Enter pressed on a valid grade). */
  onCommit?(): void;
  seed?: GradeSeed | undefined;
  inputRef?: Ref<HTMLInputElement>;
  keyHint?: string;
  testId?: string;
}

export function GradeField({ value, onChange, onCommit, seed, inputRef, keyHint, testId = 'grade-input' }: Props) {
  const [text, setText] = useState(formatGrade(value));
  const [focused, setFocused] = useState(false);
  const base = useRef<Grading | undefined>(value);
  const own = useRef<HTMLInputElement | null>(null);
  const hintId = useId();
  const read = readGradeInput(text, base.current);

  // Shown as stored while not being edited (another window may change it).
  useEffect(() => {
    if (!focused) setText(formatGrade(value));
  }, [value, focused]);

  useEffect(() => {
    if (!seed) return;
    base.current = value;
    own.current?.focus();
    apply(seed.text);
    // Only a new seed starts grading; value changes must not re-seed.
  }, [seed?.n]);

  function apply(next: string) {
    const cleaned = next.toUpperCase().slice(0, 6);
    setText(cleaned);
    const r = readGradeInput(cleaned, base.current);
    if (r.state !== 'invalid' && !sameGrading(r.grading, value)) onChange(r.grading);
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && read.state === 'invalid') {
      // The error is already on screen; Enter must not save the rest while it is.
      e.preventDefault();
      e.stopPropagation();
    } else if (e.key === 'Enter') onCommit?.();
  };

  const setRefs = (el: HTMLInputElement | null) => {
    own.current = el;
    if (typeof inputRef === 'function') inputRef(el);
    else if (inputRef) inputRef.current = el;
  };

  return (
    <div className={`grade-field${read.state === 'invalid' ? ' grade-field-invalid' : ''}`} onClick={(e) => e.stopPropagation()}>
      <div className="grade-field-row">
        <label className="grade-field-label">
          <span className="card-field-label">Grade</span>
          <input
            ref={setRefs}
            className="input grade-input"
            value={text}
            placeholder="—"
            spellCheck={false}
            autoComplete="off"
            aria-invalid={read.state === 'invalid'}
            aria-describedby={hintId}
            onFocus={(e) => {
              base.current = value;
              setFocused(true);
              e.currentTarget.select();
            }}
            onBlur={() => {
              setFocused(false);
              onCommit?.();
            }}
            onChange={(e) => apply(e.target.value)}
            onKeyDown={onKeyDown}
            data-testid={testId}
          />
        </label>
        <span id={hintId} className="grade-field-hint" aria-live="polite" data-testid={`${testId}-hint`}>
          {focused || read.state === 'invalid' ? read.hint : value ? readGradeInput(formatGrade(value), undefined).hint : 'not graded'}
          {keyHint && !focused && <kbd className="grade-field-key">{keyHint}</kbd>}
        </span>
      </div>
      {focused && (
        <GradeScale
          value={read.state === 'valid' ? read.grading : read.state === 'empty' ? undefined : value}
          onPick={(next) => {
            base.current = next;
            apply(formatGrade(next));
          }}
        />
      )}
    </div>
  );
}
