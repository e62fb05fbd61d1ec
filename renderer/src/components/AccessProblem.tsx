/** Browser mode without a valid token: nothing works, so say exactly how to get in. */
export function AccessProblem({ rejected }: { rejected: boolean }) {
  return (
    <main className="access-problem" data-testid="access-problem">
      <div className="access-card">
        <svg className="brand-mark access-mark" viewBox="0 0 24 24" width="36" height="36" aria-hidden="true" focusable="false">
          <rect x="2" y="2" width="20" height="20" rx="6" />
          <path d="M7.5 9h9M7.5 12.5h9M7.5 16h5.5" />
        </svg>
        <h1 className="access-title">{rejected ? 'This link has expired' : 'Open Gloss from its link'}</h1>
        <p>
          {rejected
            ? 'Gloss was restarted, so the access token this tab was using is no longer valid.'
            : 'This page needs the access token that Gloss creates each time it starts.'}
        </p>
        <p>
          Open Gloss from the link printed by <code>gloss serve</code> — it carries the access token. It looks like{' '}
          <code>http://127.0.0.1:PORT/#token=…</code>
        </p>
      </div>
    </main>
  );
}
