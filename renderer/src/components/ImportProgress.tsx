interface Props {
  done: number;
  total: number;
  current: string;
  cancelling: boolean;
}

export function ImportProgress({ done, total, current, cancelling }: Props) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="import-progress" data-testid="import-progress">
      <div className="import-progress-label">
        <span>
          Importing {Math.min(done + 1, total)} of {total}
        </span>
        <span className="import-progress-file" title={current}>
          {current}
        </span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total} files imported`}
      >
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      {cancelling && <p className="import-progress-note">Stopping after this file…</p>}
    </div>
  );
}
