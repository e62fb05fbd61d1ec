/**
 * The window's undo/redo history. Each scope (an article, or the library as a
 * whole) keeps its own stacks, so Ctrl/Cmd+Z never changes an article the
 * analyst is not looking at; which scopes are "in view" is the caller's
 * choice. Among the scopes in view, the most recent step goes first.
 *
 * Pure bookkeeping: what a step does lives in the step's owner (undo-steps.ts).
 */

export interface UndoStep {
  scope: string;
  /** What the step did, for "Undid: …" ("grade E5 on ‘communist dictator…’"). */
  label: string;
  /**
   * Consecutive steps with the same merge key become one (a note typed
   * letter by letter is undone as one edit), until the history is sealed.
   */
  mergeKey?: string | undefined;
}

interface Stacks<S> {
  done: { step: S; seq: number }[];
  undone: { step: S; seq: number }[];
}

export const HISTORY_LIMIT = 200;

export class UndoHistory<S extends UndoStep> {
  private scopes = new Map<string, Stacks<S>>();
  private seq = 0;
  private sealed = true;

  /** `merge` combines an older step with a newer one of the same merge key. */
  constructor(
    private readonly merge: (older: S, newer: S) => S,
    private readonly limit = HISTORY_LIMIT,
  ) {}

  /** A new step: it clears what could be redone in its scope. */
  record(step: S): void {
    const stacks = this.stacksOf(step.scope);
    stacks.undone = [];
    const top = stacks.done[stacks.done.length - 1];
    if (!this.sealed && top && step.mergeKey && top.step.mergeKey === step.mergeKey) {
      top.step = this.merge(top.step, step);
      top.seq = ++this.seq;
    } else {
      stacks.done.push({ step, seq: ++this.seq });
      if (stacks.done.length > this.limit) stacks.done.shift();
    }
    this.sealed = !step.mergeKey;
  }

  /** The next step, whatever its merge key, starts a step of its own (the note field was left). */
  seal(): void {
    this.sealed = true;
  }

  peekUndo(scopes: readonly string[]): S | undefined {
    return this.newest(scopes, 'done')?.top.step;
  }

  peekRedo(scopes: readonly string[]): S | undefined {
    return this.newest(scopes, 'undone')?.top.step;
  }

  /** Takes the step to undo (newest first among the scopes) and files it as redoable. */
  takeUndo(scopes: readonly string[]): S | undefined {
    return this.move(scopes, 'done', 'undone');
  }

  takeRedo(scopes: readonly string[]): S | undefined {
    return this.move(scopes, 'undone', 'done');
  }

  /**
   * Takes one particular step to undo, wherever it is in its scope (a toast's
   * Undo button, pressed after other changes). False when it is no longer there.
   */
  takeUndoOf(step: S): boolean {
    const stacks = this.scopes.get(step.scope);
    const at = stacks ? stacks.done.findIndex((r) => r.step === step) : -1;
    if (!stacks || at < 0) return false;
    stacks.done.splice(at, 1);
    stacks.undone.push({ step, seq: ++this.seq });
    this.sealed = true;
    return true;
  }

  /** Puts a step back where it was taken from, because running it failed. */
  putBack(step: S, from: 'undo' | 'redo'): void {
    const stacks = this.stacksOf(step.scope);
    const [source, target] = from === 'undo' ? [stacks.undone, stacks.done] : [stacks.done, stacks.undone];
    const at = source.findIndex((r) => r.step === step);
    if (at >= 0) source.splice(at, 1);
    target.push({ step, seq: ++this.seq });
  }

  /** Forgets a step that can no longer run (its annotation is gone). */
  discard(step: S): void {
    const stacks = this.scopes.get(step.scope);
    if (!stacks) return;
    stacks.done = stacks.done.filter((r) => r.step !== step);
    stacks.undone = stacks.undone.filter((r) => r.step !== step);
  }

  /** Forgets a scope (its article is gone). */
  clear(scope: string): void {
    this.scopes.delete(scope);
  }

  private stacksOf(scope: string): Stacks<S> {
    let stacks = this.scopes.get(scope);
    if (!stacks) {
      stacks = { done: [], undone: [] };
      this.scopes.set(scope, stacks);
    }
    return stacks;
  }

  private newest(scopes: readonly string[], which: 'done' | 'undone') {
    let best: { stacks: Stacks<S>; top: { step: S; seq: number } } | undefined;
    for (const scope of scopes) {
      const stacks = this.scopes.get(scope);
      const top = stacks?.[which][stacks[which].length - 1];
      if (stacks && top && (!best || top.seq > best.top.seq)) best = { stacks, top };
    }
    return best;
  }

  private move(scopes: readonly string[], from: 'done' | 'undone', to: 'done' | 'undone'): S | undefined {
    const found = this.newest(scopes, from);
    if (!found) return undefined;
    found.stacks[from].pop();
    found.stacks[to].push({ step: found.top.step, seq: ++this.seq });
    this.sealed = true;
    return found.top.step;
  }
}
