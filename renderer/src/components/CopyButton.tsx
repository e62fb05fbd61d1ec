import { useEffect, useState } from 'react';
import { Icon } from './Icon';

/** Clipboard API first; the textarea fallback covers contexts where it is unavailable. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Permission refused: fall through to the legacy path.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('The clipboard is not available here.');
}

export function CopyButton({ text, label, onError }: { text: string; label: string; onError(e: unknown): void }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 1600);
    return () => clearTimeout(t);
  }, [copied]);
  return (
    <button
      type="button"
      className="icon-button icon-button-small"
      aria-label={copied ? 'Copied' : label}
      title={copied ? 'Copied' : label}
      data-testid="copy-url"
      onClick={() => copyText(text).then(() => setCopied(true), onError)}
    >
      <Icon name={copied ? 'check' : 'copy'} size={14} />
    </button>
  );
}
