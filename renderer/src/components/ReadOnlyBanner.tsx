export function ReadOnlyBanner({ dataDir }: { dataDir: string }) {
  return (
    <div className="banner banner-info" role="status" data-testid="read-only-banner">
      <div className="banner-body">
        <p className="banner-title">This library is open read-only</p>
        <p className="banner-hint">
          Another Gloss is using <code>{dataDir}</code>. You can read, but changes are not possible until it is closed.
        </p>
      </div>
    </div>
  );
}
