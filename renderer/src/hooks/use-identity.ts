/** The analyst's signing key and the colleagues' keys they trust (Preferences, bundle previews). */
import { useCallback, useEffect, useState } from 'react';
import type { OpOutput } from '../../../shared/api';
import { api } from '../api/client';
import { messageOf } from '../api/errors';

export type Identity = OpOutput<'getIdentity'>;

export interface IdentityState {
  identity: Identity | undefined;
  error: string | undefined;
  reload(): void;
  /** Pins a key; resolves to an error message, or undefined on success. */
  trust(publicKey: string, name: string): Promise<string | undefined>;
  untrust(keyId: string): Promise<string | undefined>;
}

export function useIdentity(): IdentityState {
  const [identity, setIdentity] = useState<Identity | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const reload = useCallback(() => {
    api.getIdentity({}).then(
      (id) => {
        setIdentity(id);
        setError(undefined);
      },
      (e) => setError(messageOf(e)),
    );
  }, []);
  useEffect(reload, [reload]);
  const trust = useCallback(
    async (publicKey: string, name: string) => {
      try {
        await api.trustKey({ publicKey: publicKey.trim(), name: name.trim() });
        reload();
        return undefined;
      } catch (e) {
        return messageOf(e);
      }
    },
    [reload],
  );
  const untrust = useCallback(
    async (keyId: string) => {
      try {
        await api.untrustKey({ keyId });
        reload();
        return undefined;
      } catch (e) {
        return messageOf(e);
      }
    },
    [reload],
  );
  return { identity, error, reload, trust, untrust };
}
