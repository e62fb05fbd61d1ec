/** After a merge: what it wrote, and where the values that lost a conflict went. */
import type { OpOutput } from '../../../shared/api';
import { plural } from '../lib/format';

export function BundleApplied({ result, author }: { result: OpOutput<'applyBundle'>; author: string }) {
  const stats = [
    { label: 'Articles written', value: result.articles, tone: 'good' },
    { label: 'Annotations merged', value: result.annotations, tone: 'good' },
    { label: 'Conflicts', value: result.conflicts, tone: result.conflicts ? 'warn' : 'neutral' },
  ];
  return (
    <div className="import-summary" role="status" data-testid="bundle-applied">
      <p>Merged {author}’s bundle into your library.</p>
      <dl className="import-stats">
        {stats.map((s) => (
          <div key={s.label} className={`import-stat import-stat-${s.tone}`}>
            <dt>{s.label}</dt>
            <dd>{s.value}</dd>
          </div>
        ))}
      </dl>
      {result.conflicts > 0 && (
        <p className="field-hint">
          {plural(result.conflicts, 'conflicting edit')} settled the same way as on every other copy; each annotation shows the other value under “Replaced
          in a merge” on its card, where you can put it back.
        </p>
      )}
    </div>
  );
}
