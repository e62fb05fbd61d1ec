/** Long lists (a bundle of 2,000 articles) show a first part; this button shows the next. */
import { plural } from '../lib/format';

interface Props {
  shown: number;
  total: number;
  step: number;
  noun: string;
  onMore(next: number): void;
  testId?: string;
}

export function ShowMoreButton({ shown, total, step, noun, onMore, testId = 'show-more' }: Props) {
  if (shown >= total) return null;
  const next = Math.min(step, total - shown);
  return (
    <button type="button" className="button button-small button-quiet show-more" onClick={() => onMore(shown + next)} data-testid={testId}>
      Show {plural(next, `more ${noun}`)} ({(total - shown).toLocaleString('en')} not shown)
    </button>
  );
}
