/** One outlet: what the analysts' work on it adds up to, their rating of it, notes, and its articles. */
import { api } from '../api/client';
import type { JudgementViews } from '../hooks/use-judgement-views';
import { useSourceProfile } from '../hooks/use-source-profile';
import type { ToastApi } from '../hooks/use-toasts';
import { formatShortDate } from '../lib/format';
import { CueBars } from './CueBars';
import { CueExamples } from './CueExamples';
import { EditableText } from './EditableText';
import { SourceRatingEditor } from './SourceRatingEditor';
import { SourceStats } from './SourceStats';

interface Props {
  id: string;
  toasts: ToastApi;
  onOpen: JudgementViews['openAt'];
  onChanged(): void;
}

export function SourceDetail({ id, toasts, onOpen, onChanged }: Props) {
  const { data, error, reload } = useSourceProfile(id);
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
      <header className="source-head">
        <div>
          <h2 className="source-name" data-testid="source-name">
            {source.name}
          </h2>
          {source.domain && <p className="source-domain">{source.domain}</p>}
        </div>
      </header>
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
      <section className="source-section" aria-labelledby="articles-title">
        <h3 id="articles-title" className="section-title">
          Articles <span className="panel-count">{articles.length}</span>
        </h3>
        <ul className="source-articles" data-testid="source-articles">
          {articles.map((a) => (
            <li key={a.id}>
              <button type="button" className="source-article" onClick={() => onOpen(a.id)} data-testid="source-article">
                <span className="source-article-title">{a.title}</span>
                <span className="source-article-meta">{[formatShortDate(a.publishedAt), a.author].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
