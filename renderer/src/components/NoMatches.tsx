export function NoMatches({ query, onClear }: { query: string; onClear(): void }) {
  return (
    <div className="no-matches" data-testid="no-matches" role="status">
      <p>
        No articles match <q>{query.trim()}</q>.
      </p>
      <p className="no-matches-hint">Search looks at titles and outlet names.</p>
      <button type="button" className="button" onClick={onClear}>
        Clear search
      </button>
    </div>
  );
}
