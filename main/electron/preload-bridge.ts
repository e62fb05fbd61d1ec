/**
 * What the preload hands the page as `window.gloss`. It is built from the
 * contract's operation names, so the page can call exactly the API and nothing
 * else: no ipcRenderer, no channel names, no generic send. Kept apart from
 * preload.ts (which only wires in electron) so it can be tested under Node.
 */
// Only type imports from the contract: the preload is loaded into every window and
// must not carry zod and the model (hence the separate, schema-free name list).
import type { ApiEvent } from '../../shared/api';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type GlossBridge } from '../../shared/bridge';
import { EVENT_TYPES, OPERATION_NAMES, type OperationName } from '../../shared/op-names';
import type { Result } from '../../shared/result';

/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors ipcRenderer's own listener type. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<any>;
  on(channel: string, listener: (event: unknown, ...args: any[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: any[]) => void): unknown;
}

export interface ContextBridgeLike {
  exposeInMainWorld(key: string, api: unknown): void;
}

export function createBridge(ipc: IpcRendererLike): GlossBridge {
  const invoke = {} as Record<OperationName, (input: unknown) => Promise<Result<unknown>>>;
  for (const op of OPERATION_NAMES) {
    invoke[op] = async (input: unknown) => {
      try {
        return (await ipc.invoke(IPC_INVOKE_CHANNEL, { op, input })) as Result<unknown>;
      } catch (e) {
        // Main always answers a Result; reaching here means the channel itself broke (e.g. the app is quitting).
        const message = `Gloss could not reach its main process: ${e instanceof Error ? e.message : String(e)}`;
        return { ok: false, error: { code: 'internal', message } };
      }
    };
  }
  const onEvent = (listener: (event: ApiEvent) => void) => {
    // The Electron event object stays here: it carries `sender`, which the page must not get.
    // Payloads come from our own main process; the shape check only guards against channel misuse.
    const wrapped = (_event: unknown, payload: unknown) => {
      const type = (payload as { type?: unknown } | null)?.type;
      if (typeof payload === 'object' && EVENT_TYPES.includes(type as (typeof EVENT_TYPES)[number])) {
        listener(payload as ApiEvent);
      }
    };
    ipc.on(IPC_EVENT_CHANNEL, wrapped);
    return () => {
      ipc.removeListener(IPC_EVENT_CHANNEL, wrapped);
    };
  };
  return Object.freeze({ invoke: Object.freeze(invoke), onEvent, platform: 'desktop' as const });
}

export function exposeBridge(contextBridge: ContextBridgeLike, ipc: IpcRendererLike): void {
  contextBridge.exposeInMainWorld('gloss', createBridge(ipc));
}
