/**
 * A long CLI operation's progress on stderr: one line, rewritten in place and
 * cleared at the end. Only on a terminal, so scripts and pipes get clean
 * output.
 */
import type { Core } from '../core/core';

export function showProgress(core: Core, taskId: string, stream: NodeJS.WriteStream = process.stderr): () => void {
  if (!stream.isTTY) return () => {};
  let shown = false;
  const stop = core.subscribe((e) => {
    if (e.type !== 'progress' || e.taskId !== taskId) return;
    const percent = e.total > 0 ? Math.round((Math.min(e.done, e.total) / e.total) * 100) : 0;
    stream.write(`\r\x1b[K  ${e.label}… ${percent}%`);
    shown = true;
  });
  return () => {
    stop();
    if (shown) stream.write('\r\x1b[K');
  };
}
