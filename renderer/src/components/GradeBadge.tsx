import { describeGrade, formatGrade } from '../../../shared/grading';
import type { Grading } from '../../../shared/model';

/**
 * Credibility sets the tone: confirmed and probable read calm, doubtful and
 * improbable read as a warning. A source grade alone (an outlet's rating)
 * sets it the same way: A–B calm, D–E warning.
 */
function tone(g: Grading): string {
  if (!g.credibility) return g.source === 'A' || g.source === 'B' ? 'good' : g.source === 'D' || g.source === 'E' ? 'poor' : 'neutral';
  switch (g.credibility) {
    case '1':
    case '2':
      return 'good';
    case '4':
    case '5':
      return 'poor';
    default:
      return 'neutral';
  }
}

/** An Admiralty grade ("B2") with its words on hover and for screen readers. */
export function GradeBadge({ grading, testId = 'grade-badge' }: { grading: Grading | undefined; testId?: string }) {
  if (!grading || (!grading.source && !grading.credibility)) return null;
  const words = describeGrade(grading);
  return (
    <span className={`grade-badge grade-${tone(grading)}`} title={words} aria-label={`Grade ${words}`} data-testid={testId}>
      {formatGrade(grading)}
    </span>
  );
}
