/**
 * The open article's annotations, on this side of the API: the list the side
 * panel shows, the highlights the reader paints, and every change on its way
 * to the API. A change is applied here first (the highlight is painted before
 * the request leaves) and queued; the queue (sync-queue.ts) sends it, retries
 * with backoff, and mirrors it in localStorage until it is acknowledged.
 *
 * Not React state: painting a new highlight must not wait for a render, and a
 * thousand cards must not re-render for one change. React reads snapshots
 * (useSyncExternalStore); the reader listens to paint changes.
 */
import { ulid } from 'ulidx';
import type { Analyst, Annotation, Target } from '../../../shared/model';
import { applyOp, applyPatch, optimisticAnnotation, paintsDifferently, sameVersion, trimRange, type TextContext } from './local-apply';
import type { PendingStorage } from './pending-storage';
import { buildSnapshot } from './snapshot';
import { SyncQueue, type SessionApi } from './sync-queue';
import type { AnnotationPatch, CreateFields, Entry, PaintChange, PendingOp, SessionSnapshot, TextRange } from './types';

export interface SessionOptions {
  api: SessionApi;
  storage: PendingStorage;
  onError?(message: string): void;
  now?(): number;
}

const PLACEHOLDER_AUTHOR: Analyst = { id: 'pending', name: 'You' };

export class AnnotationSession {
  readonly articleId: string;
  author: Analyst | undefined;
  private ctx: TextContext;
  private entries = new Map<string, Entry>();
  private listeners = new Set<() => void>();
  private painters = new Set<(change: PaintChange) => void>();
  private version = 0;
  private snap: SessionSnapshot | undefined;
  private loaded = false;
  private loadError: string | undefined;
  private loadGeneration = 0;
  private readonly queue: SyncQueue;
  private readonly now: () => number;

  constructor(articleId: string, private readonly options: SessionOptions) {
    this.articleId = articleId;
    this.ctx = { articleId, text: '', contentHash: '' };
    this.now = options.now ?? Date.now;
    this.queue = new SyncQueue(articleId, options.api, options.storage, this.now, {
      entry: (key) => this.entries.get(key),
      acknowledged: (key, annotation) => this.acknowledged(key, annotation),
      saveState: (key, patch) => this.setEntry(key, patch),
      refused: (key, message, wasCreate) => this.refused(key, message, wasCreate),
    });
  }

  // ---- reading -----------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => {
    if (this.snap?.version !== this.version) this.snap = buildSnapshot(this.entries, this.version, this.loaded, this.loadError);
    return this.snap;
  };

  entry(key: string): Entry | undefined {
    return this.entries.get(key);
  }

  /** Highlights to paint now, and every later change, until the returned function is called. */
  paint(painter: (change: PaintChange) => void): () => void {
    this.painters.add(painter);
    painter({ type: 'reset', annotations: this.paintable() });
    return () => this.painters.delete(painter);
  }

  get text(): string {
    return this.ctx.text;
  }

  get contentHash(): string {
    return this.ctx.contentHash;
  }

  hasPending(): boolean {
    return this.queue.hasPending();
  }

  // ---- loading -----------------------------------------------------------

  /** The article's current text: offsets and quotes of new highlights refer to it. */
  setText(text: string, contentHash: string): void {
    if (text === this.ctx.text && contentHash === this.ctx.contentHash) return;
    this.ctx = { articleId: this.articleId, text, contentHash };
    this.emitPaint({ type: 'reset', annotations: this.paintable() });
  }

  /** Loads (or reloads) from the API, keeping whatever is still on its way there. */
  async load(): Promise<void> {
    const mine = ++this.loadGeneration;
    const since = this.queue.ackSequence;
    let list: Annotation[];
    try {
      list = await this.options.api.listAnnotations({ articleId: this.articleId });
    } catch (e) {
      if (mine !== this.loadGeneration) return;
      this.loadError = e instanceof Error ? e.message : String(e);
      this.changed();
      return;
    }
    if (mine !== this.loadGeneration) return;
    const firstLoad = !this.loaded;
    const next = new Map<string, Entry>();
    const localKeyOfId = new Map<string, string>();
    for (const e of this.entries.values()) localKeyOfId.set(e.annotation.id, e.key);
    for (const a of list) {
      const key = localKeyOfId.get(a.id) ?? a.id;
      const current = this.entries.get(key);
      // Ours is newer while a change is queued, or acknowledged after this list was asked for.
      if (current && (this.queue.isBusy(key) || this.queue.ackedSince(key, since))) next.set(key, current);
      else if (current && sameVersion(current.annotation, a)) next.set(key, current);
      else next.set(key, { key, annotation: a, confirmed: true, save: 'saved' });
    }
    // Deleted ones are not listed, but their tombstone stays here so an undo can restore them.
    for (const e of this.entries.values()) {
      if (!next.has(e.key) && (this.queue.isBusy(e.key) || !e.confirmed || e.annotation.deleted)) next.set(e.key, e);
    }
    if (firstLoad) this.adoptStored(next, list);
    const before = this.entries;
    this.entries = next;
    this.loaded = true;
    this.loadError = undefined;
    this.emitPaintDiff(before, next);
    this.changed();
    this.queue.pumpAll();
  }

  /** Changes a previous window made and never saw acknowledged are replayed (once per article). */
  private adoptStored(next: Map<string, Entry>, list: readonly Annotation[]): void {
    for (const [key, record] of Object.entries(this.queue.adopt())) {
      if (next.has(key) && this.queue.isBusy(key)) continue;
      // Creates carry the id chosen here, so one the API saved before the window went away is found by id.
      const server = list.find((a) => a.id === record.annotation.id);
      if (record.confirmed && !server) continue;
      if (server) next.delete(server.id);
      this.queue.restore(key, record.ops);
      next.set(key, this.withOps({ key, annotation: server ?? record.annotation, confirmed: record.confirmed, save: 'saving' }));
    }
  }

  private withOps(e: Entry): Entry {
    const nowIso = new Date(this.now()).toISOString();
    let a = e.annotation;
    for (const op of this.queue.opsOf(e.key)) a = applyOp(a, op, this.ctx, nowIso);
    return { ...e, annotation: a };
  }

  // ---- changing ----------------------------------------------------------

  /** Highlights a range at once and saves it; returns its key, or undefined for an empty range. */
  create(range: TextRange, fields: CreateFields): string | undefined {
    const r = trimRange(this.ctx.text, range);
    if (!r) return undefined;
    // The id is chosen here and sent with the create, so a retried create is the same annotation.
    const id = ulid();
    const nowIso = new Date(this.now()).toISOString();
    const annotation = optimisticAnnotation(this.ctx, id, r, fields, this.author ?? PLACEHOLDER_AUTHOR, nowIso);
    const entry: Entry = { key: id, annotation, confirmed: false, save: 'saving' };
    this.entries.set(id, entry);
    this.emitPaint({ type: 'patch', remove: [], add: [annotation] });
    this.queue.push(id, { type: 'create', range: r, fields: { ...fields, id } });
    this.changed();
    return id;
  }

  /** Edits at once; `delayMs` lets typing settle before the request goes (the edit is kept meanwhile). False when there is no such live annotation. */
  update(key: string, patch: AnnotationPatch, delayMs = 0): boolean {
    const e = this.entries.get(key);
    if (!e || e.annotation.deleted) return false;
    const next = applyPatch(e.annotation, patch, new Date(this.now()).toISOString());
    this.replace(key, { ...e, annotation: next, save: 'saving', error: undefined });
    this.queue.pushUpdate(key, patch, delayMs);
    this.changed();
    return true;
  }

  /** Sends a delayed edit now (the note field lost focus). */
  flush(key: string): void {
    this.queue.flush(key);
  }

  /** Deletes (a tombstone, so it can be restored); false when the session does not hold it. */
  remove(key: string): boolean {
    const e = this.entries.get(key);
    if (!e) return false;
    if (e.annotation.deleted) return true;
    this.replace(key, { ...e, annotation: { ...e.annotation, deleted: true }, save: 'saving' });
    this.queue.push(key, { type: 'delete' });
    this.changed();
    return true;
  }

  /** Undoes a delete. `tombstone` stands in for one this session no longer holds (the article was closed since). */
  restore(key: string, tombstone?: Annotation): boolean {
    const e = this.entries.get(key) ?? (tombstone && { key, annotation: { ...tombstone, deleted: true }, confirmed: true, save: 'saved' as const });
    if (!e) return false;
    if (!e.annotation.deleted) return true;
    if (!this.entries.has(key)) this.entries.set(key, e);
    this.replace(key, { ...e, annotation: { ...e.annotation, deleted: false }, save: 'saving' });
    if (!this.queue.cancelLast(key, 'delete')) this.queue.push(key, { type: 'restore' });
    this.changed();
    return true;
  }

  /** Gives an annotation (typically an orphan) a new place: the given range of the current text. */
  reattach(key: string, range: TextRange): boolean {
    const r = trimRange(this.ctx.text, range);
    return r ? this.move(key, { type: 'reattach', range: r }) : false;
  }

  /** Undoes a re-attach: the annotation takes back its earlier target and is an orphan again. */
  detach(key: string, target: Target): boolean {
    return this.move(key, { type: 'detach', target });
  }

  private move(key: string, op: PendingOp & { type: 'reattach' | 'detach' }): boolean {
    const e = this.entries.get(key);
    if (!e || e.annotation.deleted) return false;
    this.replace(key, { ...e, annotation: applyOp(e.annotation, op, this.ctx, new Date(this.now()).toISOString()), save: 'saving' });
    this.queue.push(key, op);
    this.changed();
    return true;
  }

  retry(key: string): void {
    this.queue.retryNow(key);
  }

  dispose(): void {
    this.loadGeneration++;
    this.queue.stop();
    this.listeners.clear();
    this.painters.clear();
  }

  // ---- internals ---------------------------------------------------------

  private acknowledged(key: string, fromApi: Annotation): void {
    const e = this.entries.get(key);
    if (!e) return;
    const busy = this.queue.isBusy(key);
    this.replace(key, this.withOps({ ...e, annotation: fromApi, confirmed: true, save: busy ? 'saving' : 'saved', error: undefined, retryAt: undefined }));
    this.changed();
  }

  private refused(key: string, message: string, wasCreate: boolean): void {
    const e = this.entries.get(key);
    if (!e) return;
    if (wasCreate) {
      this.entries.delete(key);
      if (this.isPaintable(e.annotation)) this.emitPaint({ type: 'patch', remove: [e.annotation], add: [] });
      this.options.onError?.(`The highlight could not be saved: ${message}`);
    } else {
      this.setEntry(key, { save: 'failed', error: message });
      this.options.onError?.(`An annotation change could not be saved: ${message}`);
    }
    this.changed();
  }

  private setEntry(key: string, patch: Partial<Entry>): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.set(key, { ...e, ...patch });
    this.changed();
  }

  /** Replaces an entry, painting the difference first (synchronously: the optimistic paint). */
  private replace(key: string, next: Entry): void {
    const prev = this.entries.get(key);
    this.entries.set(key, next);
    if (prev && paintsDifferently(prev.annotation, next.annotation)) {
      const remove = this.isPaintable(prev.annotation) ? [prev.annotation] : [];
      const add = this.isPaintable(next.annotation) ? [next.annotation] : [];
      if (remove.length || add.length) this.emitPaint({ type: 'patch', remove, add });
    }
  }

  private isPaintable(a: Annotation): boolean {
    return !a.deleted && !a.orphaned && a.target.contentHash === this.ctx.contentHash && a.target.position.end <= this.ctx.text.length;
  }

  private paintable(): Annotation[] {
    const out: Annotation[] = [];
    for (const e of this.entries.values()) if (this.isPaintable(e.annotation)) out.push(e.annotation);
    return out;
  }

  private emitPaintDiff(before: Map<string, Entry>, after: Map<string, Entry>): void {
    const remove: Annotation[] = [];
    const add: Annotation[] = [];
    for (const [key, prev] of before) {
      const next = after.get(key);
      if (next?.annotation === prev.annotation) continue;
      if (!next || paintsDifferently(prev.annotation, next.annotation)) {
        if (this.isPaintable(prev.annotation)) remove.push(prev.annotation);
        if (next && this.isPaintable(next.annotation)) add.push(next.annotation);
      }
    }
    for (const [key, next] of after) if (!before.has(key) && this.isPaintable(next.annotation)) add.push(next.annotation);
    if (remove.length || add.length) this.emitPaint({ type: 'patch', remove, add });
  }

  private emitPaint(change: PaintChange): void {
    for (const p of this.painters) p(change);
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
