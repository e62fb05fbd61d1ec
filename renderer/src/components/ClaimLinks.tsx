import type { ClaimLink } from '../../../shared/api';
import type { Stance } from '../../../shared/model';
import type { JudgementViews } from '../hooks/use-judgement-views';
import { kindInfo } from '../lib/annotation-kinds';
import { STANCE_LABELS } from '../lib/claims';
import { GradeBadge } from './GradeBadge';

interface Props {
  links: readonly ClaimLink[];
  stances: readonly Stance[];
  onOpen: JudgementViews['openAt'];
}

/** A claim's passages grouped by stance, each with its outlet and quote; a click opens the article there. */
export function ClaimLinks({ links, stances, onOpen }: Props) {
  if (!links.length) return <p className="section-empty">No passage linked yet. Link one from an annotation card (“Link to claim…”).</p>;
  return (
    <div className="claim-links">
      {stances.map((stance) => {
        const group = links.filter((l) => (l.stance ?? 'mentions') === stance);
        if (!group.length) return null;
        return (
          <section key={stance} className={`claim-stance stance-group-${stance}`} data-testid={`claim-stance-${stance}`}>
            <h4 className={`stance stance-${stance}`}>
              {STANCE_LABELS[stance]} <span className="claim-stance-count">{group.length}</span>
            </h4>
            <ul className="claim-link-list">
              {group.map((l) => (
                <li key={l.annotationId}>
                  <button
                    type="button"
                    className="claim-link"
                    onClick={() => onOpen(l.articleId, { annotationId: l.annotationId })}
                    title={`Open “${l.articleTitle}” at this passage`}
                    data-testid="claim-link"
                    data-outlet={l.outletName}
                  >
                    <span className="claim-link-meta">
                      <span className="claim-link-outlet">{l.outletName}</span>
                      <span className={`claim-link-kind kind-${l.kind}`}>
                        <span className="kind-dot" aria-hidden="true" />
                        {kindInfo(l.kind).label}
                      </span>
                      <GradeBadge grading={l.grading} testId="claim-link-grade" />
                      {l.orphaned && <span className="badge badge-fuzzy">anchor lost</span>}
                    </span>
                    <span className="claim-link-quote">“{l.quote}”</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
