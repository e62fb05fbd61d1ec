import type { ImportOutcome } from '../hooks/use-import';

interface Props {
  outcomes: ImportOutcome[];
  cancelled: boolean;
  notStarted: number;
}

export function ImportSummary({ outcomes, cancelled, notStarted }: Props) {
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const failed = outcomes.filter((o) => o.status === 'failed');
  const stats = [
    { label: 'Imported', value: count('imported'), tone: 'good' },
    { label: 'Revisions', value: count('revision'), tone: 'neutral' },
    { label: 'Duplicates', value: count('duplicate'), tone: 'neutral' },
    { label: 'Failed', value: failed.length, tone: failed.length ? 'bad' : 'neutral' },
  ].filter((s) => s.label !== 'Revisions' || s.value > 0);
  return (
    <div className="import-summary" data-testid="import-summary" role="status">
      {cancelled && (
        <p className="import-summary-note">
          Import cancelled{notStarted > 0 ? `; ${notStarted} file${notStarted === 1 ? ' was' : 's were'} not imported` : ''}.
        </p>
      )}
      <dl className="import-stats">
        {stats.map((s) => (
          <div key={s.label} className={`import-stat import-stat-${s.tone}`} data-testid={`import-stat-${s.label.toLowerCase()}`}>
            <dt>{s.label}</dt>
            <dd>{s.value}</dd>
          </div>
        ))}
      </dl>
      {failed.length > 0 && (
        <ul className="import-failures">
          {failed.map((f) => (
            <li key={f.name}>
              <span className="import-file-name">{f.name}</span>
              <span className="import-error">{f.message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
