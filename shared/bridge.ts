/**
 * What the Electron preload exposes to the renderer as `window.gloss`: one
 * named function per API operation and an event subscription — never
 * ipcRenderer itself. Channel names live here so preload and main agree.
 */
import type { ApiEvent, OpName } from './api';
import type { Result } from './result';

export const IPC_INVOKE_CHANNEL = 'gloss:invoke';
export const IPC_EVENT_CHANNEL = 'gloss:event';

export interface GlossBridge {
  invoke: { readonly [N in OpName]: (input: unknown) => Promise<Result<unknown>> };
  onEvent(listener: (event: ApiEvent) => void): () => void;
  /** Lets the UI use native affordances (e.g. the File menu) when running in the desktop app. */
  readonly platform: 'desktop';
}
