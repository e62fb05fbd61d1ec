/**
 * Browser mode only: `gloss serve` hands the per-run token over in the URL
 * fragment (never sent to the server, never logged). It is moved to
 * sessionStorage at once and the fragment is removed, so the token does not
 * linger in the address bar, in history or in screenshots.
 */
const STORAGE_KEY = 'gloss.token';
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,200}$/;

export function captureAccessToken(): string | undefined {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const fromUrl = fragment.get('token');
  if (fromUrl !== null) {
    if (TOKEN_SHAPE.test(fromUrl)) sessionStorage.setItem(STORAGE_KEY, fromUrl);
    // Only the token leaves the fragment; other flags in it (e.g. #bench) stay for whoever reads them.
    fragment.delete('token');
    const rest = fragment.toString();
    history.replaceState(null, '', window.location.pathname + window.location.search + (rest ? `#${rest}` : ''));
  }
  const stored = sessionStorage.getItem(STORAGE_KEY);
  return stored && TOKEN_SHAPE.test(stored) ? stored : undefined;
}

export function forgetAccessToken(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
