/** What else comes with a bundle (outlets, claims, codes) and what it cannot bring, with the reasons. */
import type { BundlePreview } from '../../../shared/api';
import { truncateWords } from '../../../shared/text';
import { plural } from '../lib/format';

export function BundleExtras({ preview }: { preview: BundlePreview }) {
  const extras = [
    { label: 'Outlets', items: preview.newSources },
    { label: 'Claims', items: preview.newClaims.map((c) => truncateWords(c, 80)) },
    { label: 'Codes', items: preview.newCodes },
  ].filter((e) => e.items.length);
  return (
    <>
      {extras.length > 0 && (
        <section className="bundle-section" aria-labelledby="bundle-extras-title" data-testid="bundle-extras">
          <h3 id="bundle-extras-title" className="bundle-section-title">
            Also new to your library
          </h3>
          <dl className="bundle-extras">
            {extras.map((e) => (
              <div key={e.label}>
                <dt>{e.label}</dt>
                <dd>{e.items.join(' · ')}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {preview.skipped.length > 0 && (
        <section className="bundle-section" aria-labelledby="bundle-skipped-title" data-testid="bundle-skipped">
          <h3 id="bundle-skipped-title" className="bundle-section-title">
            Skipped
          </h3>
          <ul className="import-failures">
            {preview.skipped.map((s) => (
              <li key={s.articleId}>
                <span className="bundle-skipped-title">
                  {s.title} ({plural(s.annotations, 'annotation')})
                </span>
                <span className="import-error">Skipped: {s.reason}.</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
