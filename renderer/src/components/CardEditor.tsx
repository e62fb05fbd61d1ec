/**
 * In-place editing of a focused card: kind, cues, tags and the note. Every
 * change is saved at once (a note after a short pause in typing, or when the
 * field is left); there is no Save button to forget.
 */
import { useState } from 'react';
import type { GradeSeed } from './GradeField';
import { GradeField } from './GradeField';
import { LinkClaimPicker } from './LinkClaimPicker';
import { Icon } from './Icon';
import { ANNOTATION_KINDS, type Annotation, type AnnotationKind } from '../../../shared/model';
import type { AnnotationPatch } from '../annotations/types';
import { kindInfo } from '../lib/annotation-kinds';
import { biasCueCodes, tagCodes } from '../lib/codebook';
import { useCodebookVersion } from '../hooks/use-codebook';
import { CodeChips } from './CodeChips';

export const NOTE_SAVE_DELAY_MS = 600;

interface Props {
  annotation: Annotation;
  confirmed?: boolean;
  gradeSeed?: GradeSeed | undefined;
  onChange(patch: AnnotationPatch, delayMs?: number): void;
  onNoteBlur(): void;
}

const toggled = (list: readonly string[], path: string) => (list.includes(path) ? list.filter((p) => p !== path) : [...list, path]);

export function CardEditor({ annotation: a, confirmed = true, gradeSeed, onChange, onNoteBlur }: Props) {
  // The full code lists are long; they open on demand so a focused card stays calm.
  const [codesOpen, setCodesOpen] = useState(false);
  const [linking, setLinking] = useState(false);
  useCodebookVersion();
  return (
    <div className="card-editor" onClick={(e) => e.stopPropagation()}>
      <GradeField value={a.grading} seed={gradeSeed} onChange={(grading) => onChange({ grading }, NOTE_SAVE_DELAY_MS)} onCommit={onNoteBlur} testId="card-grade" />
      <label className="card-field">
        <span className="card-field-label">Kind</span>
        <select
          className="card-kind-select"
          value={a.kind}
          onChange={(e) => onChange({ kind: e.target.value as AnnotationKind })}
          data-testid="card-kind-select"
        >
          {ANNOTATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindInfo(k).label}
            </option>
          ))}
        </select>
      </label>
      {codesOpen ? (
        <>
          <CodeChips label="Bias cues" codes={biasCueCodes()} selected={a.biasCues} onToggle={(p) => onChange({ biasCues: toggled(a.biasCues, p) })} testId="card-cues" />
          <CodeChips label="Tags" codes={tagCodes()} selected={a.tags} onToggle={(p) => onChange({ tags: toggled(a.tags, p) })} testId="card-tags" />
        </>
      ) : (
        <div className="card-field">
          <span className="card-field-label">Cues and tags</span>
          <div className="code-chips-list">
            {[...biasCueCodes(), ...tagCodes()]
              .filter((c) => a.biasCues.includes(c.path) || a.tags.includes(c.path))
              .map((c) => (
                <span key={c.path} className="code-chip code-chip-static">
                  <span className="code-dot" style={{ background: c.color }} aria-hidden="true" />
                  {c.label}
                </span>
              ))}
            <button type="button" className="code-chip code-chip-add" onClick={() => setCodesOpen(true)} data-testid="edit-codes">
              {a.biasCues.length + a.tags.length ? 'Change…' : 'Add…'}
            </button>
          </div>
        </div>
      )}
      {linking ? (
        <LinkClaimPicker annotation={a} confirmed={confirmed} onLink={(claimId, stance) => onChange({ claimId, stance })} onClose={() => setLinking(false)} />
      ) : (
        <button type="button" className="button button-quiet button-small card-link-claim" onClick={() => setLinking(true)} data-testid="link-claim-open">
          <Icon name="link" size={14} />
          {a.claimId ? 'Change claim link…' : 'Link to claim…'}
        </button>
      )}
      <label className="card-field">
        <span className="card-field-label">Note</span>
        <textarea
          className="input textarea card-note"
          rows={3}
          placeholder="Markdown: **bold**, _italic_, - lists, > quotes"
          value={a.note}
          onChange={(e) => onChange({ note: e.target.value }, NOTE_SAVE_DELAY_MS)}
          onBlur={onNoteBlur}
          data-testid="card-note"
        />
      </label>
    </div>
  );
}
