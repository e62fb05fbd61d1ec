/** Plain-text output helpers for the CLI: aligned tables that survive narrow terminals. */

export function formatDate(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** Left-aligned columns; the last column is never padded (it may be long, e.g. a title). */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) =>
    i === headers.length - 1 ? 0 : Math.min(40, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))),
  );
  const fit = (cell: string, i: number) => {
    const w = widths[i] ?? 0;
    if (!w) return cell;
    return cell.length > w ? `${cell.slice(0, w - 1)}…` : cell.padEnd(w);
  };
  return [headers, ...rows].map((r) => r.map(fit).join('  ').trimEnd()).join('\n') + '\n';
}
