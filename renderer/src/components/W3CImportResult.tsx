/** What a W3C import did (or, checked first, would do): counts, then every skipped annotation with its reason. */
import type { OpOutput } from '../../../shared/api';
import { plural } from '../lib/format';

export function W3CImportResult({ outcome, final }: { outcome: OpOutput<'importW3C'>; final: boolean }) {
  const placed = outcome.imported - outcome.orphaned;
  const stats = [
    { label: final ? 'Imported' : 'Will import', value: outcome.imported, tone: 'good' },
    { label: 'Placed in the text', value: placed, tone: 'neutral' },
    { label: 'Orphaned', value: outcome.orphaned, tone: outcome.orphaned ? 'warn' : 'neutral' },
    { label: 'Skipped', value: outcome.skipped.length, tone: outcome.skipped.length ? 'bad' : 'neutral' },
  ];
  return (
    <div className="import-summary" data-testid={final ? 'w3c-import-result' : 'w3c-import-check'} role="status">
      <dl className="import-stats">
        {stats.map((s) => (
          <div key={s.label} className={`import-stat import-stat-${s.tone}`} data-testid={`w3c-stat-${s.label.toLowerCase().replace(/\s+/g, '-')}`}>
            <dt>{s.label}</dt>
            <dd>{s.value}</dd>
          </div>
        ))}
      </dl>
      {outcome.orphaned > 0 && (
        <p className="field-hint">
          {plural(outcome.orphaned, 'annotation')} could not be placed in the current text; {final ? 'they are' : 'they will be'} kept as orphans you can re-attach
          from the side panel.
        </p>
      )}
      {outcome.skipped.length > 0 && (
        <ul className="import-failures" data-testid="w3c-skipped">
          {outcome.skipped.map((s, i) => (
            <li key={`${s.id}-${i}`}>
              <span className="import-file-name">{s.id}</span>
              <span className="import-error">{s.reason}</span>
            </li>
          ))}
        </ul>
      )}
      {outcome.problems.length > 0 && (
        <ul className="import-notes" data-testid="w3c-problems">
          {outcome.problems.map((p) => (
            <li key={p} className="import-note-warn">
              {p}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
