import { MOD_LABEL } from '../lib/platform';
import { Dialog } from './Dialog';

const GROUPS: { title: string; keys: [string[], string][] }[] = [
  {
    title: 'Library',
    keys: [
      [['j', '↓'], 'Next article'],
      [['k', '↑'], 'Previous article'],
      [['Enter', 'o'], 'Open the highlighted article'],
      [['/'], 'Search titles and outlets'],
      [['Esc'], 'Clear the search, then leave it'],
    ],
  },
  {
    title: 'Annotating',
    keys: [
      [['F7'], 'Put a caret in the article text'],
      [['Shift+arrows'], 'Select (add Ctrl or ⌥ to select by word)'],
      [['1–8'], 'Kind: claim, evidence, attribution, quote, opinion, bias, question, note'],
      [['c e a q o b ? n'], 'The same kinds by letter, before one is chosen'],
      [['l f m u p s o g w b'], 'Toggle a bias cue, once a kind is chosen'],
      [['Tab'], 'Write a note'],
      [['Enter'], 'Save'],
      [['Esc'], 'Cancel'],
      [['Del'], 'Delete the focused card'],
      [['R'], 'Lost anchor: on its card, re-attach to the selected text (or go to where it stood); in the text, re-attach the selection'],
      [['Shift+G'], 'Grade the new annotation (type e.g. b2)'],
      [['A–F', '1–6'], 'On a focused card: start typing its grade'],
    ],
  },
  {
    title: 'Judgement',
    keys: [
      [['g l', 'g s', 'g c', 'g b', 'g d'], 'Library, Sources, Claims, Codebook, Compare'],
      [['j', 'k'], 'Suggestions list: next, previous'],
      [['a'], 'Accept the selected suggestion'],
      [['d', 'Del'], 'Dismiss it'],
      [['j', 'k'], 'Sources list: next, previous outlet'],
      [['Space'], 'Sources: select the focused article (Shift+click a run)'],
      [['m'], 'Sources: move the selected articles to another outlet'],
    ],
  },
  {
    title: 'Everywhere',
    keys: [
      [[`${MOD_LABEL}+K`, `${MOD_LABEL}+Shift+F`], 'Search the whole library'],
      [[`${MOD_LABEL}+O`], 'Import files'],
      [[`${MOD_LABEL}+E`], 'Export a report'],
      [[`${MOD_LABEL}+Z`], 'Undo the last change to this article’s annotations, or in Sources the last rename, merge, move or delete (text fields keep their own undo)'],
      [[`${MOD_LABEL}+Shift+Z`, ...(MOD_LABEL === 'Ctrl' ? ['Ctrl+Y'] : [])], 'Redo'],
      [['?'], 'Show this list'],
      [['Esc'], 'Close a dialog'],
    ],
  },
];

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} size="small" testId="shortcuts-dialog">
      <div className="shortcuts">
        {GROUPS.map((group) => (
          <section key={group.title} className="shortcut-group">
            <h3 className="shortcut-group-title">{group.title}</h3>
            <dl className="shortcut-list">
              {group.keys.map(([keys, what]) => (
                <div key={what} className="shortcut">
                  <dt>
                    {keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="shortcut-or"> or </span>}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
