/**
 * One bundle, from file to merge: the API checks it (a hostile one is refused
 * with the reason, and nothing changes), the analyst reviews what would
 * change and ticks what to accept, then it is merged and summarised. Trusting
 * the signer's key re-checks the bundle so the label updates.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BundlePreview, FileInput, OpOutput } from '../../../shared/api';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { signerKeyOf } from '../lib/bundle-key';
import type { ExportProgressState } from './use-export-report';
import { useTaskProgress } from './use-task-progress';
import { acceptPayload, analystNames, selectAll, type BundleSelection } from '../lib/bundle-selection';

export type BundleState =
  | { phase: 'checking' }
  | { phase: 'refused'; reason: string }
  | { phase: 'ready'; preview: BundlePreview; error?: string | undefined }
  | { phase: 'applying'; preview: BundlePreview }
  | { phase: 'applied'; preview: BundlePreview; result: OpOutput<'applyBundle'>; accepted: 'all' | 'some' };

export interface BundleFlow {
  state: BundleState;
  /** The latest step of the check or the merge under way (a big bundle takes seconds). */
  progress: ExportProgressState | undefined;
  selection: BundleSelection;
  setSelection(next: BundleSelection): void;
  /** Analyst ids (in changes and conflicts) to names. */
  names: ReadonlyMap<string, string>;
  apply(which: 'all' | 'selected'): void;
  /** Pins the signer's key under a name; resolves to an error message, or undefined. */
  trustSigner(name: string): Promise<string | undefined>;
}

export function useBundlePreview(file: FileInput): BundleFlow {
  const [state, setState] = useState<BundleState>({ phase: 'checking' });
  const [selection, setSelection] = useState<BundleSelection>({ articles: new Set(), annotations: new Set() });
  const [known, setKnown] = useState<Array<{ id: string; name: string }>>([]);
  const alive = useRef(true);
  const { progress, start: startTask } = useTaskProgress('bundle');

  const check = useCallback(
    async (keepSelection: boolean) => {
      try {
        const preview = await api.previewBundle({ file, taskId: startTask() });
        if (!alive.current) return;
        setState({ phase: 'ready', preview });
        if (!keepSelection) setSelection(selectAll(preview));
      } catch (e) {
        if (alive.current) setState({ phase: 'refused', reason: messageOf(e) });
      }
    },
    [file, startTask],
  );

  useEffect(() => {
    alive.current = true;
    void check(false);
    api.listAnalysts({}).then((list) => alive.current && setKnown(list), () => {});
    return () => {
      alive.current = false;
    };
  }, [check]);

  const preview = state.phase === 'checking' || state.phase === 'refused' ? undefined : state.preview;
  const names = preview ? analystNames(preview, known) : new Map<string, string>();

  const apply = useCallback(
    (which: 'all' | 'selected') => {
      if (state.phase !== 'ready') return;
      const { preview: p } = state;
      const accept = which === 'all' ? ('all' as const) : acceptPayload(p, selection);
      setState({ phase: 'applying', preview: p });
      api.applyBundle({ token: p.token, accept, taskId: startTask() }).then(
        (result) => alive.current && setState({ phase: 'applied', preview: p, result, accepted: which === 'all' ? 'all' : 'some' }),
        (e) => alive.current && setState({ phase: 'ready', preview: p, error: messageOf(e) }),
      );
    },
    [state, selection, startTask],
  );

  const trustSigner = useCallback(
    async (name: string) => {
      const keyId = preview?.signature.keyId;
      const publicKey = keyId ? signerKeyOf(file.dataBase64, keyId) : undefined;
      if (!publicKey) return 'The key could not be read from this bundle. Ask the sender for their public key and add it in Preferences.';
      try {
        await api.trustKey({ publicKey, name: name.trim() });
      } catch (e) {
        return messageOf(e);
      }
      // A new check gives the new label (and a new token); the ticks stay as they were.
      await check(true);
      return undefined;
    },
    [preview, file, check],
  );

  return { state, progress, selection, setSelection, names, apply, trustSigner };
}
