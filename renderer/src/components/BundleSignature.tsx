/**
 * Who signed a bundle, in words, and the way to pin a colleague's key. A key
 * nobody pinned proves only that the file is intact, not who made it, so the
 * label says so and offers to trust the key once the analyst has compared
 * its id with the sender.
 */
import { useState } from 'react';
import type { BundlePreview } from '../../../shared/api';
import { formatKeyId } from '../lib/bundle-key';
import { Icon } from './Icon';

interface Props {
  signature: BundlePreview['signature'];
  author: string;
  onTrust(name: string): Promise<string | undefined>;
  disabled: boolean;
}

function describe(signature: BundlePreview['signature'], author: string): { tone: 'good' | 'warn'; label: string; detail: string } {
  const id = signature.keyId ? formatKeyId(signature.keyId) : '';
  switch (signature.status) {
    case 'own-key':
      return { tone: 'good', label: 'Signed with your own key', detail: `You made this bundle (key ${id}); it is unchanged since.` };
    case 'trusted':
      return { tone: 'good', label: `Signed by ${signature.trustedAs ?? 'a trusted key'}`, detail: `Key ${id}, which you trust. The bundle is unchanged since it was signed.` };
    case 'unknown-key':
      return {
        tone: 'warn',
        label: 'Signed with a key you have not pinned',
        detail: `Key ${id}. The file is intact, but anyone can make a key: compare this id with ${author} before you trust it.`,
      };
    default:
      return { tone: 'warn', label: 'Unsigned', detail: 'Anyone could have made or changed this file. Make sure you know where it came from.' };
  }
}

export function BundleSignature({ signature, author, onTrust, disabled }: Props) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState(author);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const { tone, label, detail } = describe(signature, author);

  const trust = async () => {
    setBusy(true);
    const problem = await onTrust(name);
    setBusy(false);
    setError(problem);
    if (!problem) setNaming(false);
  };

  return (
    <div className={`bundle-signature bundle-signature-${tone}`} data-testid="bundle-signature" data-status={signature.status}>
      <Icon name={tone === 'good' ? 'check' : 'alert'} size={16} className="bundle-signature-icon" />
      <div className="bundle-signature-text">
        <p className="bundle-signature-label" data-testid="bundle-signature-label">
          {label}
        </p>
        <p className="bundle-signature-detail">{detail}</p>
        {naming && (
          <form
            className="bundle-trust"
            onSubmit={(e) => {
              e.preventDefault();
              void trust();
            }}
          >
            <label className="field-label" htmlFor="trust-name">
              Trust this key as
            </label>
            <input id="trust-name" className="input" value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} data-testid="trust-name" autoFocus />
            <button type="submit" className="button button-primary button-small" disabled={busy || !name.trim()} data-testid="trust-confirm">
              Trust key
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => setNaming(false)}>
              Cancel
            </button>
          </form>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {signature.status === 'unknown-key' && !naming && (
        <button type="button" className="button button-small" onClick={() => setNaming(true)} disabled={disabled} data-testid="trust-key">
          Trust this key…
        </button>
      )}
    </div>
  );
}
