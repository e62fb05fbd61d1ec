/**
 * Browser-mode transport for `gloss serve`: `POST /api/call/<op>` with the
 * bearer token, answered with a Result; events arrive over one shared stream
 * that is open only while someone listens.
 */
import type { ApiEvent } from '../../../shared/api';
import type { Transport } from '../../../shared/client';
import { ApiErrorShape, err, type Result } from '../../../shared/result';
import { openEventStream } from './event-stream';

export interface HttpTransportOptions {
  token: string;
  /** Called when the server refuses the token (e.g. `gloss serve` was restarted). */
  onUnauthorized(): void;
}

function asResult(body: unknown, status: number): Result<unknown> {
  if (body && typeof body === 'object' && 'ok' in body) {
    if (body.ok === true && 'value' in body) return { ok: true, value: body.value };
    if (body.ok === false && 'error' in body) {
      const error = ApiErrorShape.safeParse(body.error);
      if (error.success) return { ok: false, error: error.data };
    }
  }
  return err('internal', `Gloss answered with an unexpected response (HTTP ${status}).`);
}

export function httpTransport(options: HttpTransportOptions): Transport {
  const listeners = new Set<(event: ApiEvent) => void>();
  let stopStream: (() => void) | undefined;

  return {
    async invoke(op, input) {
      let res: Response;
      try {
        res = await fetch(`/api/call/${op}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}` },
          // A Blob body, not a string: Chromium copies a string body on the page's thread (~1.7 s for a
          // 10 MB bundle, with the window frozen) but hands a Blob to the network stack as it is.
          body: new Blob([JSON.stringify(input)], { type: 'application/json' }),
          cache: 'no-store',
        });
      } catch {
        return err('internal', 'Gloss is not reachable. Is `gloss serve` still running?');
      }
      if (res.status === 401) options.onUnauthorized();
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        return err('internal', `Gloss answered HTTP ${res.status} without a result.`);
      }
      return asResult(body, res.status);
    },
    subscribe(listener) {
      listeners.add(listener);
      stopStream ??= openEventStream({
        token: options.token,
        onEvent: (event) => listeners.forEach((l) => l(event)),
        onUnauthorized: options.onUnauthorized,
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stopStream?.();
          stopStream = undefined;
        }
      };
    },
  };
}
