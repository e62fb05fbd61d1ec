import { describe, expect, it } from 'vitest';
import { UndoHistory, type UndoStep } from '../../../renderer/src/lib/undo-history';

interface Step extends UndoStep {
  from?: string;
  to?: string;
}

const step = (scope: string, label: string, mergeKey?: string, from?: string, to?: string): Step => ({ scope, label, mergeKey, from, to });
const history = (limit?: number) => new UndoHistory<Step>((older, newer) => ({ ...newer, from: older.from, label: `${older.label}+${newer.label}` }), limit);

describe('undo history', () => {
  it('undoes newest first and redoes in the reverse order', () => {
    const h = history();
    h.record(step('a', 'one'));
    h.record(step('a', 'two'));
    expect(h.takeUndo(['a'])?.label).toBe('two');
    expect(h.takeUndo(['a'])?.label).toBe('one');
    expect(h.takeUndo(['a'])).toBeUndefined();
    expect(h.takeRedo(['a'])?.label).toBe('one');
    expect(h.takeRedo(['a'])?.label).toBe('two');
    expect(h.takeRedo(['a'])).toBeUndefined();
    expect(h.peekUndo(['a'])?.label).toBe('two');
  });

  it('keeps one history per scope: an article never undoes another’s steps', () => {
    const h = history();
    h.record(step('a', 'in a'));
    h.record(step('b', 'in b'));
    expect(h.takeUndo(['a'])?.label).toBe('in a');
    expect(h.takeUndo(['a'])).toBeUndefined();
    expect(h.peekUndo(['b'])?.label).toBe('in b');
    // Back in a, its redo is still there after work in b.
    h.record(step('b', 'more in b'));
    expect(h.takeRedo(['a'])?.label).toBe('in a');
  });

  it('takes the newest step among the scopes in view (an article and the library)', () => {
    const h = history();
    h.record(step('a', 'edit'));
    h.record(step('library', 'delete article'));
    h.record(step('a', 'later edit'));
    expect(h.takeUndo(['a', 'library'])?.label).toBe('later edit');
    expect(h.takeUndo(['a', 'library'])?.label).toBe('delete article');
    expect(h.takeUndo(['a', 'library'])?.label).toBe('edit');
    // Redo follows the order of the undos, newest undone first.
    expect(h.takeRedo(['a', 'library'])?.label).toBe('edit');
    expect(h.takeRedo(['a', 'library'])?.label).toBe('delete article');
  });

  it('a new step clears what could be redone in its scope only', () => {
    const h = history();
    h.record(step('a', 'one'));
    h.record(step('b', 'other'));
    h.takeUndo(['a']);
    h.takeUndo(['b']);
    h.record(step('a', 'two'));
    expect(h.peekRedo(['a'])).toBeUndefined();
    expect(h.peekRedo(['b'])?.label).toBe('other');
  });

  it('merges typing into one step until sealed, and never across different keys', () => {
    const h = history();
    h.record(step('a', 'n1', 'note:x', 'old', 'h'));
    h.record(step('a', 'n2', 'note:x', 'h', 'he'));
    h.record(step('a', 'n3', 'note:x', 'he', 'hey'));
    h.seal();
    h.record(step('a', 'n4', 'note:x', 'hey', 'hey!'));
    h.record(step('a', 'g', 'grade:x'));
    const [g, n4, merged] = [h.takeUndo(['a']), h.takeUndo(['a']), h.takeUndo(['a'])];
    expect(g?.label).toBe('g');
    expect(n4?.label).toBe('n4');
    expect(merged).toMatchObject({ label: 'n1+n2+n3', from: 'old', to: 'hey' });
    expect(h.takeUndo(['a'])).toBeUndefined();
  });

  it('does not merge into a step that was undone and redone', () => {
    const h = history();
    h.record(step('a', 'n1', 'note:x'));
    h.takeUndo(['a']);
    h.takeRedo(['a']);
    h.record(step('a', 'n2', 'note:x'));
    expect(h.takeUndo(['a'])?.label).toBe('n2');
    expect(h.takeUndo(['a'])?.label).toBe('n1');
  });

  it('undoes one particular step out of order (a toast’s Undo) and only once', () => {
    const h = history();
    const deleted = step('a', 'delete');
    h.record(deleted);
    h.record(step('a', 'edit another'));
    expect(h.takeUndoOf(deleted)).toBe(true);
    expect(h.takeUndoOf(deleted)).toBe(false);
    expect(h.takeUndo(['a'])?.label).toBe('edit another');
    expect(h.takeRedo(['a'])?.label).toBe('edit another');
    expect(h.takeRedo(['a'])?.label).toBe('delete');
  });

  it('puts back a step whose run failed, and discards one that can never run', () => {
    const h = history();
    const s = step('a', 'one');
    h.record(s);
    expect(h.takeUndo(['a'])).toBe(s);
    h.putBack(s, 'undo');
    expect(h.peekUndo(['a'])).toBe(s);
    expect(h.peekRedo(['a'])).toBeUndefined();
    h.discard(s);
    expect(h.peekUndo(['a'])).toBeUndefined();
  });

  it('keeps at most `limit` steps per scope, dropping the oldest', () => {
    const h = history(3);
    for (const label of ['1', '2', '3', '4']) h.record(step('a', label));
    expect([h.takeUndo(['a']), h.takeUndo(['a']), h.takeUndo(['a']), h.takeUndo(['a'])].map((s) => s?.label)).toEqual(['4', '3', '2', undefined]);
  });
});
