/**
 * Bundle operations: export, preview (every check, no change), apply (merge
 * what the analyst accepted), and the keys that sign bundles.
 */
import { randomBytes } from 'node:crypto';
import type { ApiEvent, BundlePreview, OpOutput, OpParsedInput } from '../../shared/api';
import type { TrustedKey } from '../../shared/bundle';
import { UserError } from '../../shared/result';
import { fileNameFor } from '../export/export';
import { keyIdOf, loadIdentity, type Identity } from '../bundle/keys';
import { applyMerge, incomingState, localState, previewMerge, selectIncoming } from '../bundle/merge-bundle';
import { readBundle, type ParsedBundle } from '../bundle/read-bundle';
import { writeBundle } from '../bundle/write-bundle';
import { BundleError } from '../bundle/zip-reader';
import type { Store } from '../store/store';
import { decodeFile } from './articles';
import { breathe, taskProgress } from './progress';

const PREVIEW_TTL_MS = 30 * 60 * 1000;

export function createSharing(store: Store, emit: (event: ApiEvent) => void, loaded?: Identity) {
  let identity: Promise<Identity> | undefined = loaded ? Promise.resolve(loaded) : undefined;
  // A key that could not be read is tried again next time (the analyst may have moved the file away).
  const ownKey = () =>
    (identity ??= loadIdentity(store.dataDir).then(
      (id) => id!,
      (e: unknown) => {
        identity = undefined;
        throw e;
      },
    ));
  // Looking at a bundle must not change the library folder, not even by making a key.
  const existingKeyId = async () => (identity ? (await identity).keyId : ((await loadIdentity(store.dataDir, false).catch(() => undefined))?.keyId ?? ''));
  const previews = new Map<string, { parsed: ParsedBundle; expires: number }>();
  const trusted = (): TrustedKey[] => store.library.settings.trustedKeys ?? [];

  return {
    async exportBundle(input: OpParsedInput<'exportBundle'>): Promise<OpOutput<'exportBundle'>> {
      // An unsigned bundle needs no key (so it can still be shared when the key cannot be read).
      const id = input.sign ? await ownKey() : undefined;
      const progress = taskProgress(emit, input.taskId);
      const written = await writeBundle(store, id, input, progress);
      progress('Done', 1, 1);
      const stamp = new Date().toISOString().slice(0, 10);
      return {
        fileName: fileNameFor(`gloss-${store.library.settings.analyst?.name ?? 'bundle'}-${stamp}`, 'gloss'),
        dataBase64: Buffer.from(written.bytes).toString('base64'),
        bytes: written.bytes.length,
        articles: written.articles,
        annotations: written.annotations,
        signed: written.signed,
        ...(written.signed && id ? { keyId: id.keyId } : {}),
      };
    },

    async previewBundle({ file, taskId }: OpParsedInput<'previewBundle'>): Promise<BundlePreview> {
      const progress = taskProgress(emit, taskId);
      let parsed: ParsedBundle;
      const local = await localState(store);
      let incoming: ReturnType<typeof incomingState>;
      try {
        parsed = await readBundle(decodeFile(file), { keyId: await existingKeyId() }, trusted(), progress);
        progress('Comparing with your library', 1, 1);
        await breathe();
        // Annotations-only entries are checked against this library's copy of their article here.
        incoming = incomingState(parsed, local);
      } catch (e) {
        if (e instanceof BundleError) throw new UserError(`${file.name} was refused: ${e.message}. Nothing was changed.`);
        throw e;
      }
      const { state, skipped } = incoming;
      const now = Date.now();
      for (const [k, v] of previews) if (v.expires < now) previews.delete(k);
      const token = randomBytes(12).toString('base64url');
      previews.set(token, { parsed, expires: now + PREVIEW_TTL_MS });
      const report = previewMerge(local, state);
      return { token, author: parsed.manifest.author, createdAt: parsed.manifest.createdAt, content: parsed.manifest.content, signature: parsed.signature, ...report, skipped };
    },

    async applyBundle({ token, accept, taskId }: OpParsedInput<'applyBundle'>): Promise<OpOutput<'applyBundle'>> {
      const held = previews.get(token);
      if (!held || held.expires < Date.now()) throw new UserError('This bundle preview has expired; open the bundle again.', 'not_found');
      const local = await localState(store);
      let state: ReturnType<typeof incomingState>['state'];
      try {
        ({ state } = incomingState(held.parsed, local));
      } catch (e) {
        if (e instanceof BundleError) throw new UserError(`The bundle was refused: ${e.message}. Nothing was changed.`);
        throw e;
      }
      const progress = taskProgress(emit, taskId);
      const { articles, report } = await applyMerge(store, local, selectIncoming(state, accept, local), progress);
      progress('Done', 1, 1);
      previews.delete(token);
      return { articles, annotations: report.annotations.length, conflicts: report.annotations.reduce((n, a) => n + a.conflicts.length, 0) };
    },

    async getIdentity(): Promise<OpOutput<'getIdentity'>> {
      const id = await ownKey();
      const analyst = store.library.settings.analyst;
      return { keyId: id.keyId, publicKey: id.publicKey, ...(analyst ? { analyst } : {}), trusted: trusted() };
    },

    async trustKey({ publicKey, name }: OpParsedInput<'trustKey'>): Promise<TrustedKey> {
      const keyId = keyIdOf(publicKey);
      if (Buffer.from(publicKey, 'base64').length !== 32) throw new UserError('That is not an Ed25519 public key (32 bytes).');
      if (keyId === (await existingKeyId())) throw new UserError(`That is your own key (${keyId}): bundles you sign show as yours without pinning it.`);
      const key: TrustedKey = { keyId, publicKey, name, pinnedAt: new Date().toISOString() };
      await store.updateLibrary((lib) => ({
        ...lib,
        settings: { ...lib.settings, trustedKeys: [...(lib.settings.trustedKeys ?? []).filter((k) => k.keyId !== keyId), key] },
      }));
      return key;
    },

    async untrustKey({ keyId }: OpParsedInput<'untrustKey'>): Promise<{ removed: boolean }> {
      const before = trusted().length;
      await store.updateLibrary((lib) => ({ ...lib, settings: { ...lib.settings, trustedKeys: trusted().filter((k) => k.keyId !== keyId) } }));
      return { removed: trusted().length < before };
    },
  };
}
