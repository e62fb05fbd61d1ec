/**
 * One outlet: what the analysts' work on it adds up to, their rating of it,
 * notes, and its articles — and renaming, merging, deleting it, or moving
 * some of its articles elsewhere.
 */
import { useState } from 'react';
import type { SourceSummary } from '../../../shared/api';
import { api } from '../api/client';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { OutletActions } from '../hooks/use-outlet-actions';
import { useSourceProfile } from '../hooks/use-source-profile';
import type { ToastApi } from '../hooks/use-toasts';
import { CueBars } from './CueBars';
import { CueExamples } from './CueExamples';
import { EditableText } from './EditableText';
import { SourceArticleList } from './SourceArticleList';
import { SourceDeleteDialog } from './SourceDeleteDialog';
import { SourceHeader } from './SourceHeader';
import { SourceMergeDialog } from './SourceMergeDialog';
import { SourceMoveDialog } from './SourceMoveDialog';
import { SourceRatingEditor } from './SourceRatingEditor';
import { SourceStats } from './SourceStats';

interface Props {
  id: string;
  sources: readonly SourceSummary[];
  actions: OutletActions;
  toasts: ToastApi;
  onOpen: JudgementViews['openAt'];
  onChanged(): void;
}

type Modal = { type: 'none' } | { type: 'merge' } | { type: 'delete' } | { type: 'move'; ids: string[] };

export function SourceDetail({ id, sources, actions, toasts, onOpen, onChanged }: Props) {
  const { data, error, reload } = useSourceProfile(id);
  const [modal, setModal] = useState<Modal>({ type: 'none' });
  if (error && !data) return <p className="view-empty" role="alert">This outlet could not be loaded: {error}</p>;
  if (!data) return <p className="view-empty">Loading…</p>;
  const { source, profile, articles } = data;
  const save = async (patch: Parameters<typeof api.updateSource>[0]['patch'], what: string) => {
    try {
      await api.updateSource({ id, patch });
      reload();
      onChanged();
      toasts.show({ kind: 'success', message: `${what} saved` });
    } catch (e) {
      toasts.error(e, `Could not save the ${what.toLowerCase()}`);
      throw e;
    }
  };
  return (
    <div className="source-detail" data-testid="source-detail">
      <SourceHeader
        source={source}
        onRename={async (name) => {
          const problem = await actions.rename(source, name);
          if (!problem) reload();
          return problem;
        }}
        onMerge={() => setModal({ type: 'merge' })}
        onDelete={() => {
          const hasRecord = !!source.rating || !!source.notes.trim() || !!source.ownership.trim();
          if (hasRecord) setModal({ type: 'delete' });
          else void actions.remove(source).then((problem) => problem && toasts.show({ kind: 'error', message: 'Could not delete the outlet', detail: problem }));
        }}
      />
      <SourceStats profile={profile} />
      <div className="source-columns">
        <section className="source-section" aria-labelledby="cues-title">
          <h3 id="cues-title" className="section-title">
            Bias cues marked
          </h3>
          {profile.cues.length === 0 ? (
            <p className="section-empty">No bias cues marked on this outlet’s articles yet.</p>
          ) : (
            <>
              <CueBars cues={profile.cues} />
              <CueExamples cues={profile.cues} onOpen={(articleId, annotationId) => onOpen(articleId, { annotationId })} />
            </>
          )}
        </section>
        <div className="source-side">
          <section className="source-section" aria-labelledby="rating-title">
            <h3 id="rating-title" className="section-title">
              Your rating
            </h3>
            <SourceRatingEditor rating={source.rating} onSave={(rating) => save({ rating }, 'Rating')} />
          </section>
          <section className="source-section" aria-labelledby="ownership-title">
            <h3 id="ownership-title" className="section-title">
              Ownership and network
            </h3>
            <EditableText value={source.ownership} placeholder="Who owns or funds it, sister outlets, syndication…" onSave={(ownership) => save({ ownership }, 'Ownership notes')} testId="source-ownership" />
          </section>
          <section className="source-section" aria-labelledby="notes-title">
            <h3 id="notes-title" className="section-title">
              Notes
            </h3>
            <EditableText value={source.notes} placeholder="Anything worth knowing about this outlet." onSave={(notes) => save({ notes }, 'Notes')} testId="source-notes" />
          </section>
        </div>
      </div>
      <SourceArticleList key={source.id} articles={articles} onOpen={(articleId) => onOpen(articleId)} onMove={(ids) => setModal({ type: 'move', ids })} />
      {modal.type === 'merge' && <SourceMergeDialog source={source} sources={sources} onMerge={(into) => actions.merge(source, into)} onClose={() => setModal({ type: 'none' })} />}
      {modal.type === 'delete' && <SourceDeleteDialog source={source} onDelete={() => actions.remove(source)} onClose={() => setModal({ type: 'none' })} />}
      {modal.type === 'move' && (
        <SourceMoveDialog
          count={modal.ids.length}
          from={source}
          sources={sources}
          onMove={async (outlet) => {
            const problem = await actions.move(modal.ids, outlet);
            if (!problem) reload();
            return problem;
          }}
          onClose={() => setModal({ type: 'none' })}
        />
      )}
    </div>
  );
}
