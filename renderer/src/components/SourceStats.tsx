import type { SourceProfileView } from '../hooks/use-source-profile';

const NUMBER = new Intl.NumberFormat('en-GB');
const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** The profile's headline figures, each with what it is made of on hover. */
export function SourceStats({ profile }: { profile: SourceProfileView['profile'] }) {
  const { claims } = profile;
  const stats: { label: string; value: string; detail?: string; title: string; testId: string }[] = [
    { label: 'Articles', value: NUMBER.format(profile.articles), detail: `${NUMBER.format(profile.words)} words`, title: 'Articles of this outlet in the library', testId: 'stat-articles' },
    { label: 'Annotations', value: NUMBER.format(profile.annotations), title: 'By every analyst, on this outlet’s articles', testId: 'stat-annotations' },
    {
      label: 'Claims doubtful or worse',
      value: claims.share === null ? '—' : PERCENT.format(claims.share),
      detail: claims.graded ? `${claims.doubtfulOrWorse} of ${claims.graded} graded` : 'none graded yet',
      title: claims.graded ? `${claims.doubtfulOrWorse} of ${claims.graded} graded claims have credibility 4 (doubtful) or 5 (improbable)` : 'No claim on this outlet has a credibility grade yet',
      testId: 'stat-doubtful',
    },
    {
      label: 'Loaded language per 1,000 words',
      value: profile.loadedLanguagePer1000 === null ? '—' : profile.loadedLanguagePer1000.toFixed(2),
      title: 'Annotations marked with the loaded-language cue, per 1,000 words of this outlet’s articles',
      testId: 'stat-loaded',
    },
  ];
  return (
    <dl className="source-stats">
      {stats.map((s) => (
        <div key={s.label} className="source-stat" title={s.title}>
          <dt>
            {s.label}
            {s.detail && <span className="source-stat-detail">{s.detail}</span>}
          </dt>
          <dd data-testid={s.testId}>{s.value}</dd>
        </div>
      ))}
    </dl>
  );
}
