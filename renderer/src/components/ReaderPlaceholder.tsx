export function ReaderPlaceholder({ count }: { count: number }) {
  return (
    <div className="reader-placeholder" data-testid="reader-placeholder">
      <p className="reader-placeholder-title">Select an article</p>
      <p className="reader-placeholder-hint">
        <kbd>j</kbd>/<kbd>k</kbd> to move, <kbd>Enter</kbd> to open, <kbd>/</kbd> to search
      </p>
      <p className="reader-placeholder-count">{count.toLocaleString('en-GB')} in your library</p>
    </div>
  );
}
