/**
 * The popover under a selection. First it offers the kinds (a key or a click
 * picks one); then it takes cues, tags and a note. Focus may stay in the text
 * the whole time (keys are routed here by the reader) or move in with Tab.
 */
import type { Ref, RefObject } from 'react';
import type { Composer } from '../hooks/use-composer';
import { biasCueCodes, tagCodes } from '../lib/codebook';
import { useCodebookVersion } from '../hooks/use-codebook';
import { kindInfo } from '../lib/annotation-kinds';
import { CodeChips } from './CodeChips';
import { GradeField } from './GradeField';
import { KindPicker } from './KindPicker';

interface Props {
  ref?: Ref<HTMLDivElement>;
  composer: Composer;
  position: { left: number; top: number };
  noteRef: RefObject<HTMLTextAreaElement | null>;
  gradeRef?: RefObject<HTMLInputElement | null>;
  onSave(): void;
  onCancel(): void;
}

export function AnnotationComposer({ ref, composer, position, noteRef, gradeRef, onSave, onCancel }: Props) {
  const s = composer.state;
  useCodebookVersion();
  if (s.phase === 'closed') return null;
  const editing = s.phase === 'edit';
  return (
    <div
      ref={ref}
      className={`composer ${editing ? 'composer-edit' : 'composer-offer'}`}
      style={{ left: position.left, top: position.top }}
      role="dialog"
      aria-label={editing ? `New ${kindInfo(s.kind).label.toLowerCase()} annotation` : 'Annotate the selection'}
      data-testid="composer"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        } else if (e.key === 'Enter' && !e.shiftKey && editing && !(e.target instanceof HTMLButtonElement)) {
          e.preventDefault();
          onSave();
        }
      }}
    >
      <KindPicker value={editing ? s.kind : undefined} onChoose={composer.choose} keys={editing ? 'digits' : 'letters'} label="Annotation kind" />
      {editing && (
        <>
          <GradeField value={s.grading} onChange={composer.setGrading} inputRef={gradeRef} keyHint="⇧G" testId="composer-grade" />
          <CodeChips label="Bias cues" codes={biasCueCodes()} selected={s.biasCues} onToggle={(p) => composer.toggle('biasCues', p)} showKeys testId="composer-cues" />
          <CodeChips label="Tags" codes={tagCodes()} selected={s.tags} onToggle={(p) => composer.toggle('tags', p)} showKeys testId="composer-tags" />
          <textarea
            ref={noteRef}
            className="input textarea composer-note"
            rows={2}
            placeholder="Note (Markdown)"
            aria-label="Note"
            value={s.note}
            onChange={(e) => composer.setNote(e.target.value)}
            data-testid="composer-note"
          />
          <div className="composer-footer">
            <span className="composer-hint">
              <kbd>Tab</kbd> note · <kbd>Shift</kbd>+<kbd>↵</kbd> new line
            </span>
            <button type="button" className="button button-quiet button-small" onClick={onCancel}>
              Cancel <kbd>Esc</kbd>
            </button>
            <button type="button" className="button button-primary button-small" onClick={onSave} data-testid="composer-save">
              Save <kbd className="kbd-on-primary">↵</kbd>
            </button>
          </div>
        </>
      )}
    </div>
  );
}
