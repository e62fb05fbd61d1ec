/**
 * The IPC half of the desktop transport. Every invoke is checked three ways
 * before core sees it — who sent it (our window's main frame on our origin),
 * what shape it has, and (in core) whether the input fits the contract — and
 * every invoke is answered with a Result, never a thrown error: Electron would
 * otherwise serialise the exception, stack and all, into the renderer.
 */
import { z } from 'zod';
import type { ApiEvent } from '../../shared/api';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/bridge';
import { describeIssues, err, type Result } from '../../shared/result';
import type { Core } from '../core/core';
import { isAppUrl } from './security';
import type { IpcMainLike, WebContentsLike, WebFrameLike } from './types';

export interface InvokeEventLike {
  readonly sender: WebContentsLike;
  readonly senderFrame: WebFrameLike | null;
}

/** Which web contents belong to windows Gloss created (and so may call the API). */
export interface WindowRegistry {
  isOurs(contents: WebContentsLike): boolean;
  all(): WebContentsLike[];
}

const InvokePayload = z.strictObject({ op: z.string().min(1).max(100), input: z.unknown() });

/** Why a sender may not call the API, or undefined when it may. */
export function senderProblem(event: InvokeEventLike, windows: WindowRegistry): string | undefined {
  const frame = event.senderFrame;
  // A null frame means it navigated or was destroyed since sending: its origin is unknowable.
  if (!frame) return 'the sending frame is gone';
  if (frame.parent !== null) return 'only the main frame may call Gloss';
  if (!isAppUrl(frame.url)) return 'the sender is not a Gloss page';
  if (!windows.isOurs(event.sender)) return 'the sender is not a Gloss window';
  return undefined;
}

export async function handleInvoke(
  core: Pick<Core, 'call'>,
  windows: WindowRegistry,
  event: InvokeEventLike,
  payload: unknown,
  log: (message: string, error: unknown) => void = () => {},
  onCall?: (sender: WebContentsLike) => void,
): Promise<Result<unknown>> {
  try {
    const problem = senderProblem(event, windows);
    if (problem) return err('unauthorized', `Refused: ${problem}.`);
    onCall?.(event.sender);
    const parsed = InvokePayload.safeParse(payload);
    if (!parsed.success) {
      const issues = describeIssues(parsed.error);
      return err('invalid_input', 'A call must be {op, input}.', issues);
    }
    return await core.call(parsed.data.op, parsed.data.input);
  } catch (e) {
    log('IPC call failed', e);
    return err('internal', `Internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * `onCall` hears of every accepted call: a page that calls the API has run its
 * start-up code, so it has subscribed to events too (see open-files.ts).
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  core: Pick<Core, 'call'>,
  windows: WindowRegistry,
  log?: (message: string, error: unknown) => void,
  onCall?: (sender: WebContentsLike) => void,
): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event: InvokeEventLike, payload: unknown) => handleInvoke(core, windows, event, payload, log, onCall));
  return () => ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}

/** Sends one event to every live Gloss window. */
export function broadcast(windows: WindowRegistry, event: ApiEvent): void {
  for (const contents of windows.all()) {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
  }
}

/** Forwards core events (library changes, menu commands) to the windows; returns the unsubscribe. */
export function forwardEvents(core: Pick<Core, 'subscribe'>, windows: WindowRegistry): () => void {
  return core.subscribe((event) => broadcast(windows, event));
}
