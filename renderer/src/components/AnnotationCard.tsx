/**
 * One annotation in the side panel. Memoised on its entry object, which the
 * session replaces only when that annotation changes, so a new highlight
 * renders one card, not a thousand.
 */
import { memo, useState } from 'react';
import { truncateWords } from '../../../shared/text';
import type { AnnotationPatch, Entry } from '../annotations/types';
import { kindInfo } from '../lib/annotation-kinds';
import { codeFor, codeLabel } from '../lib/codebook';
import { formatFull, formatWhen } from '../lib/time';
import { AnnotationHistory } from './AnnotationHistory';
import { CardClaimLink } from './CardClaimLink';
import { CardEditor } from './CardEditor';
import type { GradeSeed } from './GradeField';
import { GradeBadge } from './GradeBadge';
import { isGradeKey } from '../lib/grade-input';
import { Icon } from './Icon';
import { NoteView } from './NoteView';
import { SaveStatus } from './SaveStatus';

export interface CardActions {
  focus(key: string, options?: { reveal?: boolean }): void;
  update(key: string, patch: AnnotationPatch, delayMs?: number): void;
  flush(key: string): void;
  remove(key: string): void;
  retry(key: string): void;
  reattach(key: string): void;
}

interface Props {
  entry: Entry;
  focused: boolean;
  actions: CardActions;
  orphan?: boolean;
  canReattach?: boolean;
}

/**
 * Deletes a card without dropping the keyboard focus on the page body: the
 * next card in its list (else the previous one) takes it, so Del can be
 * pressed card after card.
 */
function removeKeepingFocus(card: HTMLElement, remove: () => void): void {
  const cards = [...(card.closest('[role="list"]')?.querySelectorAll<HTMLElement>(':scope > [role="listitem"] > .card') ?? [])];
  const at = cards.indexOf(card);
  const neighbour = at < 0 ? undefined : (cards[at + 1] ?? cards[at - 1]);
  const hadFocus = card.contains(document.activeElement);
  remove();
  if (hadFocus) neighbour?.focus();
}

export const AnnotationCard = memo(function AnnotationCard({ entry, focused, actions, orphan = false, canReattach = false }: Props) {
  const a = entry.annotation;
  const kind = kindInfo(a.kind);
  const codes = [...a.biasCues, ...a.tags];
  const edited = a.modifiedAt !== a.createdAt;
  // A grade letter or digit typed on the card opens its grade field with that key in it.
  const [gradeSeed, setGradeSeed] = useState<GradeSeed | undefined>(undefined);
  return (
    <article
      className={`card kind-${a.kind}${focused ? ' card-focused' : ''}${orphan ? ' card-orphan' : ''}`}
      tabIndex={0}
      aria-current={focused || undefined}
      aria-label={`${kind.label}: ${truncateWords(a.target.quote.exact, 60)}`}
      data-testid={orphan ? 'orphan-card' : 'annotation-card'}
      data-key={entry.key}
      data-annotation-id={a.id}
      data-kind={a.kind}
      onClick={() => actions.focus(entry.key, { reveal: true })}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        if (e.key === 'Enter') actions.focus(entry.key, { reveal: true });
        else if (e.key === 'Delete' || e.key === 'Backspace') removeKeepingFocus(e.currentTarget, () => actions.remove(entry.key));
        else if (orphan && (e.key === 'r' || e.key === 'R') && !e.ctrlKey && !e.metaKey && !e.altKey) actions.reattach(entry.key);
        else if (!orphan && isGradeKey(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
          actions.focus(entry.key);
          setGradeSeed((prev) => ({ text: e.key, n: (prev?.n ?? 0) + 1 }));
        } else return;
        e.preventDefault();
      }}
    >
      <header className="card-head">
        <span className="card-kind">
          <span className="kind-dot" aria-hidden="true" />
          {kind.label}
        </span>
        {a.fromSuggestion && (
          <span className="badge badge-suggested" title="Accepted from a Gloss suggestion" data-testid="badge-suggested">
            from suggestion
          </span>
        )}
        <span className="card-grade-slot" />
        <GradeBadge grading={a.grading} />
        {a.anchorStatus && !orphan && (
          <span className={`badge badge-${a.anchorStatus}`} data-testid={`badge-${a.anchorStatus}`} title={a.anchorStatus === 'moved' ? 'Found unchanged, at another place in the new text' : 'Found approximately: the wording changed'}>
            {a.anchorStatus}
          </span>
        )}
        <button
          type="button"
          className="icon-button icon-button-small card-delete"
          aria-label="Delete annotation"
          title="Delete (Del)"
          onClick={(e) => {
            e.stopPropagation();
            const card = e.currentTarget.closest<HTMLElement>('.card');
            if (card) removeKeepingFocus(card, () => actions.remove(entry.key));
            else actions.remove(entry.key);
          }}
          data-testid="card-delete"
        >
          <Icon name="trash" size={14} />
        </button>
      </header>
      <blockquote className="card-quote" data-testid="card-quote">
        {a.target.quote.exact}
      </blockquote>
      {a.anchorStatus === 'fuzzy' && a.previousQuote && (
        <p className="card-previous" data-testid="card-previous">
          <span className="card-previous-label">Previously</span> {a.previousQuote}
        </p>
      )}
      {orphan && (
        <div className="card-reattach">
          <button
            type="button"
            className="button button-small"
            disabled={!canReattach}
            title={canReattach ? 'Anchor this annotation to the text selected in the reader (R)' : 'Select the passage in the reader first, or press R on this card'}
            aria-keyshortcuts="R"
            onMouseDown={(e) => e.preventDefault()}
            onClick={(e) => {
              e.stopPropagation();
              actions.reattach(entry.key);
            }}
            data-testid="reattach"
          >
            <Icon name="link" size={14} />
            Re-attach to selection
          </button>
        </div>
      )}
      {!focused && codes.length > 0 && (
        <ul className="card-codes" aria-label="Cues and tags">
          {codes.map((c) => (
            <li key={c} className="card-code">
              <span className="code-dot" style={{ background: codeFor(c)?.color ?? 'var(--text-tertiary)' }} aria-hidden="true" />
              {codeLabel(c)}
            </li>
          ))}
        </ul>
      )}
      {!focused && a.note && <NoteView note={a.note} />}
      {a.claimId && <CardClaimLink claimId={a.claimId} stance={a.stance} />}
      {focused && !orphan && (
        <CardEditor
          annotation={a}
          confirmed={entry.confirmed}
          gradeSeed={gradeSeed}
          onChange={(patch, delay) => actions.update(entry.key, patch, delay)}
          onNoteBlur={() => actions.flush(entry.key)}
        />
      )}
      {a.history && <AnnotationHistory history={a.history} onRestore={orphan ? undefined : (patch) => actions.update(entry.key, patch)} />}
      <footer className="card-meta">
        <span className="card-author" data-testid="card-author">
          {a.author.name}
        </span>
        <span aria-hidden="true"> · </span>
        <time dateTime={a.createdAt} title={`Created ${formatFull(a.createdAt)}`}>
          {formatWhen(a.createdAt)}
        </time>
        {edited && (
          <>
            <span aria-hidden="true"> · </span>
            <span title={`Edited ${formatFull(a.modifiedAt)}`}>edited {formatWhen(a.modifiedAt)}</span>
          </>
        )}
      </footer>
      <SaveStatus entry={entry} onRetry={() => actions.retry(entry.key)} />
    </article>
  );
});
