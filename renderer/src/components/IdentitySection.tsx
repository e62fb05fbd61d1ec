/**
 * Preferences › Identity & trust: the analyst's signing key (to give to
 * colleagues) and the colleagues' keys they have pinned. A pinned key turns
 * "signed with a key you have not pinned" into "signed by Ana" in previews.
 */
import { useState } from 'react';
import { useIdentity } from '../hooks/use-identity';
import { useToasts } from '../hooks/use-toasts';
import { formatKeyId } from '../lib/bundle-key';
import { formatShortDate } from '../lib/format';
import { CopyButton } from './CopyButton';
import { Icon } from './Icon';

export function IdentitySection() {
  const { identity, error, trust, untrust } = useIdentity();
  const toasts = useToasts();
  const [publicKey, setPublicKey] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    setBusy(true);
    const failed = await trust(publicKey, name);
    setBusy(false);
    setProblem(failed);
    if (!failed) {
      setPublicKey('');
      setName('');
    }
  };

  const remove = async (keyId: string, who: string) => {
    const failed = await untrust(keyId);
    if (failed) toasts.show({ kind: 'error', message: `Could not remove ${who}’s key`, detail: failed });
  };

  return (
    <section className="prefs-section" aria-labelledby="identity-title" data-testid="identity-section">
      <header className="prefs-head">
        <h3 id="identity-title" className="prefs-title">
          Identity &amp; trust
        </h3>
        <span className="field-hint">Signs the bundles you share</span>
      </header>
      {identity ? (
        <dl className="identity-key">
          <div>
            <dt>Your key id</dt>
            <dd>
              <code data-testid="identity-key-id">{formatKeyId(identity.keyId)}</code>
            </dd>
          </div>
          <div>
            <dt>Public key</dt>
            <dd className="identity-public">
              <code data-testid="identity-public-key">{identity.publicKey}</code>
              <CopyButton text={identity.publicKey} label="Copy public key" onError={(e) => toasts.error(e, 'Could not copy')} />
            </dd>
          </div>
        </dl>
      ) : (
        <p className="field-hint">{error ?? 'Loading…'}</p>
      )}
      <p className="field-hint">Give colleagues your public key by a channel you trust (in person, a call) so they can pin it.</p>

      <div className="identity-trusted">
        <h4 className="identity-subtitle">Keys you trust</h4>
        {identity && identity.trusted.length === 0 && <p className="field-hint">No colleague’s key is pinned yet. Pin one here, or from a bundle they sent you.</p>}
        <ul className="trusted-keys" data-testid="trusted-keys">
          {identity?.trusted.map((k) => (
            <li key={k.keyId} className="trusted-key" data-testid="trusted-key" data-key-id={k.keyId}>
              <span className="trusted-key-name">{k.name}</span>
              <code className="trusted-key-id">{formatKeyId(k.keyId)}</code>
              <span className="field-hint">pinned {formatShortDate(k.pinnedAt)}</span>
              <button type="button" className="icon-button icon-button-small" aria-label={`Stop trusting ${k.name}’s key`} title="Remove" onClick={() => void remove(k.keyId, k.name)} data-testid="untrust-key">
                <Icon name="trash" size={13} />
              </button>
            </li>
          ))}
        </ul>
      </div>
      <form
        className="trust-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor="trust-public-key">
            Colleague’s public key
          </label>
          <input
            id="trust-public-key"
            className="input identity-input"
            value={publicKey}
            spellCheck={false}
            autoComplete="off"
            placeholder="44 characters, ending in ="
            onChange={(e) => setPublicKey(e.target.value)}
            data-testid="trust-public-key"
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="trust-key-name">
            Their name
          </label>
          <input id="trust-key-name" className="input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} data-testid="trust-key-name" />
        </div>
        <button type="submit" className="button" disabled={busy || !publicKey.trim() || !name.trim()} data-testid="trust-add">
          Trust key
        </button>
      </form>
      {problem && (
        <p className="form-error" role="alert" data-testid="trust-error">
          {problem}
        </p>
      )}
    </section>
  );
}
