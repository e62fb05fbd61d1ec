/**
 * Desktop transport: the preload exposes one named function per operation
 * (`window.gloss.invoke[op]`); validation and Result wrapping already happen in
 * main, so this is a thin adapter.
 */
import type { GlossBridge } from '../../../shared/bridge';
import type { Transport } from '../../../shared/client';
import { err } from '../../../shared/result';

declare global {
  interface Window {
    gloss?: GlossBridge;
  }
}

export function ipcTransport(bridge: GlossBridge): Transport {
  return {
    async invoke(op, input) {
      const fn = bridge.invoke[op];
      if (typeof fn !== 'function') return err('unknown_operation', `The desktop app does not offer ${op}; restart Gloss after updating.`);
      try {
        return await fn(input);
      } catch (e) {
        // Only a broken bridge throws (main answers failures as Results).
        return err('internal', `The desktop app did not answer ${op}: ${(e as Error).message}`);
      }
    },
    subscribe(listener) {
      return bridge.onEvent(listener);
    },
  };
}
