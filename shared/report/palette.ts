/** Kind colours for print: the reader's light theme, so a report looks like the app. */
import type { AnnotationKind } from '../model';

export const KIND_STYLE: Record<AnnotationKind, { label: string; color: string }> = {
  claim: { label: 'Claim', color: '#2f67d0' },
  evidence: { label: 'Evidence', color: '#23885a' },
  attribution: { label: 'Attribution', color: '#7353c9' },
  quote: { label: 'Quote', color: '#0b7f91' },
  opinion: { label: 'Opinion', color: '#c2680a' },
  bias: { label: 'Bias', color: '#c92a5f' },
  question: { label: 'Question', color: '#a87c00' },
  note: { label: 'Note', color: '#6b7383' },
};

/** `#rrggbb` at an opacity, as rgba() — highlight backgrounds stay readable under text. */
export function tint(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
