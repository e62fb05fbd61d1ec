import { MOD_LABEL } from '../lib/platform';
import { Icon } from './Icon';

/** First-run guidance: the three ways to get articles into Gloss. */
export function LibraryEmpty({ onImport }: { onImport(): void }) {
  return (
    <section className="empty-state" data-testid="empty-library" aria-labelledby="empty-title">
      <div className="empty-illustration" aria-hidden="true">
        <Icon name="newspaper" size={28} />
      </div>
      <h1 id="empty-title" className="empty-title">
        Your library is empty
      </h1>
      <p className="empty-lead">Bring in the articles you want to read, compare and annotate. Gloss keeps everything on this computer.</p>
      <ul className="empty-ways">
        <li>
          <strong>Drag files anywhere</strong> onto this window — plain text (.txt), Markdown (.md) or saved web pages (.html).
        </li>
        <li>
          <strong>Press Import</strong> or <kbd>{MOD_LABEL}</kbd>+<kbd>O</kbd> to choose files.
        </li>
        <li>
          <strong>From the command line:</strong> <code>gloss import FILE…</code>
        </li>
      </ul>
      <button type="button" className="button button-primary button-large" onClick={onImport}>
        <Icon name="import" size={16} />
        Import articles…
      </button>
    </section>
  );
}
