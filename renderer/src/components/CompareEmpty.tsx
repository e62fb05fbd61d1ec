/** What the Compare view is for, shown until the library holds at least two articles to line up. */
import { MOD_LABEL } from '../lib/platform';
import { Icon } from './Icon';

export function CompareEmpty({ count }: { count: number }) {
  return (
    <div className="compare-empty-wrap">
      <section className="empty-state compare-empty" data-testid="compare-empty" aria-labelledby="compare-empty-title">
        <div className="empty-illustration" aria-hidden="true">
          <Icon name="compare" size={28} />
        </div>
        <h2 id="compare-empty-title" className="empty-title">
          See where the outlets differ
        </h2>
        <p className="empty-lead">
          Compare lines up several reports of one event: the numbers and days each gives (troops, killed, wounded, the day a video came out), quotes
          worded differently from one outlet to another, and articles that copy each other.
        </p>
        <ul className="empty-ways">
          <li>
            <strong>Import two or more articles about the same event</strong>, ideally from different outlets — press Import, <kbd>{MOD_LABEL}</kbd>+
            <kbd>O</kbd>, or drop the files on this window.
            {count === 1 && ' Your library has one so far.'}
          </li>
          <li>
            <strong>Come back here</strong> with <kbd>g</kbd> then <kbd>d</kbd>. To leave other stories out, choose <em>Chosen articles</em> and tick the
            reports to compare.
          </li>
          <li>
            <strong>Click a value</strong> to read it in its article, at the very phrase.
          </li>
        </ul>
      </section>
    </div>
  );
}
