import { describe, expect, it } from 'vitest';
import { createSseParser } from '../../../renderer/src/api/event-stream';

describe('event stream parser', () => {
  it('yields each data payload however the stream is chunked', () => {
    const stream = ': connected\n\ndata: {"type":"library-changed"}\n\ndata: {"type":"theme","theme":"dark"}\r\n\r\n';
    for (const size of [1, 3, 7, stream.length]) {
      const seen: string[] = [];
      const feed = createSseParser((d) => seen.push(d));
      for (let i = 0; i < stream.length; i += size) feed(stream.slice(i, i + size));
      expect(seen).toEqual(['{"type":"library-changed"}', '{"type":"theme","theme":"dark"}']);
    }
  });
});
