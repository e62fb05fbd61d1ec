/**
 * Reads `GET /api/events` (text/event-stream). EventSource cannot send an
 * Authorization header, so this uses fetch streaming and reconnects with
 * exponential backoff. After a reconnect it reports a `library-changed`
 * event, because anything that happened while disconnected was missed.
 */
import { ApiEvent } from '../../../shared/api';

export interface EventStreamOptions {
  token: string;
  onEvent(event: ApiEvent): void;
  onUnauthorized(): void;
  /** Injected in tests; defaults to window.fetch. */
  fetchImpl?: typeof fetch;
}

const MIN_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

/** Splits a stream of SSE text into the JSON payloads of its `data:` lines. */
export function createSseParser(onData: (data: string) => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk;
    let boundary: number;
    while ((boundary = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary).replace(/^\r?\n\r?\n/, '');
      const data = block
        .split(/\r?\n/)
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      if (data) onData(data);
    }
  };
}

/** Starts the stream; returns a function that stops it for good. */
export function openEventStream(options: EventStreamOptions): () => void {
  const fetchImpl = options.fetchImpl ?? window.fetch.bind(window);
  let stopped = false;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = MIN_DELAY_MS;
  let connectedBefore = false;

  const parse = createSseParser((data) => {
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const event = ApiEvent.safeParse(json);
    if (event.success) options.onEvent(event.data);
  });

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(connect, delay);
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  };

  async function connect(): Promise<void> {
    controller = new AbortController();
    try {
      const res = await fetchImpl('/api/events', {
        headers: { Authorization: `Bearer ${options.token}`, Accept: 'text/event-stream' },
        signal: controller.signal,
        cache: 'no-store',
      });
      if (res.status === 401) {
        options.onUnauthorized();
        return;
      }
      if (!res.ok || !res.body) throw new Error(`status ${res.status}`);
      delay = MIN_DELAY_MS;
      if (connectedBefore) options.onEvent({ type: 'library-changed' });
      connectedBefore = true;
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parse(value);
      }
    } catch {
      // Server restarting or gone: try again later.
    }
    schedule();
  }

  void connect();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    controller?.abort();
  };
}
