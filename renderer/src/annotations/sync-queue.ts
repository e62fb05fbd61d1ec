/**
 * Sends an article's annotation changes to the API, one request at a time per
 * annotation and in the order they were made. A failure that may pass (the
 * host is unreachable, the disk is busy, the library is locked) is retried
 * with exponential backoff, 1 s doubling to 30 s; a refusal (the API says the
 * change is invalid) is reported and dropped. Everything queued is mirrored in
 * localStorage until acknowledged, so a reload replays it.
 */
import type { ApiClient } from '../../../shared/client';
import type { Annotation } from '../../../shared/model';
import { ApiError, type ErrorCode } from '../../../shared/result';
import { messageOf } from '../api/errors';
import { mergeUpdate } from './local-apply';
import type { PendingByKey, PendingStorage } from './pending-storage';
import type { AnnotationPatch, Entry, PendingOp } from './types';

export type SessionApi = Pick<
  ApiClient,
  'listAnnotations' | 'createAnnotation' | 'updateAnnotation' | 'deleteAnnotation' | 'restoreAnnotation' | 'reattachAnnotation' | 'detachAnnotation'
>;

export interface QueueHooks {
  entry(key: string): Entry | undefined;
  acknowledged(key: string, annotation: Annotation): void;
  saveState(key: string, patch: Partial<Entry>): void;
  refused(key: string, message: string, wasCreate: boolean): void;
}

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['internal', 'locked', 'read_only', 'cancelled', 'unauthorized']);
export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 30_000;

export class SyncQueue {
  ackSequence = 0;
  private ops = new Map<string, PendingOp[]>();
  private running = new Set<string>();
  private notBefore = new Map<string, number>();
  private retryAt = new Map<string, number>();
  private failures = new Map<string, number>();
  private acked = new Map<string, number>();
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private stopped = false;

  constructor(
    private readonly articleId: string,
    private readonly api: SessionApi,
    private readonly storage: PendingStorage,
    private readonly now: () => number,
    private readonly hooks: QueueHooks,
  ) {}

  isBusy(key: string): boolean {
    return this.running.has(key) || (this.ops.get(key)?.length ?? 0) > 0;
  }

  hasPending(): boolean {
    return this.running.size > 0 || this.ops.size > 0;
  }

  ackedSince(key: string, sequence: number): boolean {
    return (this.acked.get(key) ?? 0) > sequence;
  }

  opsOf(key: string): readonly PendingOp[] {
    return this.ops.get(key) ?? [];
  }

  /** What an earlier window left unsaved for this article. */
  adopt(): PendingByKey {
    return this.storage.load(this.articleId);
  }

  restore(key: string, ops: PendingOp[]): void {
    if (ops.length) this.ops.set(key, [...ops]);
    else this.ops.delete(key);
  }

  push(key: string, op: PendingOp): void {
    this.ops.set(key, [...(this.ops.get(key) ?? []), op]);
    this.notBefore.delete(key);
    this.persist();
    void this.pump(key);
  }

  pushUpdate(key: string, patch: AnnotationPatch, delayMs: number): void {
    this.ops.set(key, mergeUpdate(this.ops.get(key) ?? [], patch, this.running.has(key)));
    this.persist();
    if (delayMs > 0) {
      this.notBefore.set(key, this.now() + delayMs);
      this.schedule(key, delayMs);
    } else {
      this.notBefore.delete(key);
      void this.pump(key);
    }
  }

  /** Drops the newest queued change of this type if it has not left yet (undo before it was sent). */
  cancelLast(key: string, type: PendingOp['type']): boolean {
    const ops = this.ops.get(key) ?? [];
    const last = ops[ops.length - 1];
    if (!last || last.type !== type || (ops.length === 1 && this.running.has(key))) return false;
    this.restore(key, ops.slice(0, -1));
    this.persist();
    return true;
  }

  flush(key: string): void {
    if (!this.notBefore.has(key)) return;
    this.notBefore.delete(key);
    void this.pump(key);
  }

  retryNow(key: string): void {
    this.retryAt.delete(key);
    this.notBefore.delete(key);
    void this.pump(key);
  }

  pumpAll(): void {
    for (const key of [...this.ops.keys()]) void this.pump(key);
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private schedule(key: string, ms: number): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.pump(key);
      }, ms),
    );
  }

  private async pump(key: string): Promise<void> {
    if (this.stopped || this.running.has(key)) return;
    const ops = this.ops.get(key);
    if (!ops?.length) return;
    const wait = Math.max(this.notBefore.get(key) ?? 0, this.retryAt.get(key) ?? 0) - this.now();
    if (wait > 0) return this.schedule(key, wait);
    const entry = this.hooks.entry(key);
    if (!entry) {
      this.ops.delete(key);
      this.persist();
      return;
    }
    const op = ops[0]!;
    this.running.add(key);
    if (entry.save !== 'saving') this.hooks.saveState(key, { save: 'saving' });
    let result: Annotation;
    try {
      result = await this.send(entry, op);
    } catch (e) {
      this.running.delete(key);
      this.failed(key, op, e);
      return;
    }
    this.running.delete(key);
    this.failures.delete(key);
    this.retryAt.delete(key);
    this.restore(key, (this.ops.get(key) ?? []).slice(1));
    this.acked.set(key, ++this.ackSequence);
    this.persist();
    this.hooks.acknowledged(key, result);
    void this.pump(key);
  }

  private send(entry: Entry, op: PendingOp): Promise<Annotation> {
    const ref = { articleId: this.articleId, id: entry.annotation.id };
    switch (op.type) {
      case 'create':
        return this.api.createAnnotation({ articleId: this.articleId, selection: op.range, ...op.fields });
      case 'update':
        return this.api.updateAnnotation({ ...ref, patch: op.patch });
      case 'delete':
        return this.api.deleteAnnotation(ref);
      case 'restore':
        return this.api.restoreAnnotation(ref);
      case 'reattach':
        return this.api.reattachAnnotation({ ...ref, selection: op.range });
      case 'detach':
        return this.api.detachAnnotation({ ...ref, target: op.target });
    }
  }

  private failed(key: string, op: PendingOp, error: unknown): void {
    if (this.stopped) return;
    const code: ErrorCode = error instanceof ApiError ? error.code : 'internal';
    const message = messageOf(error);
    if (RETRYABLE.has(code)) {
      const n = (this.failures.get(key) ?? 0) + 1;
      this.failures.set(key, n);
      const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (n - 1));
      const at = this.now() + delay;
      this.retryAt.set(key, at);
      this.hooks.saveState(key, { save: 'retrying', error: message, retryAt: at });
      this.schedule(key, delay);
      return;
    }
    // Refused: retrying would fail the same way. A refused create takes its follow-ups with it.
    this.restore(key, op.type === 'create' ? [] : (this.ops.get(key) ?? []).slice(1));
    this.persist();
    this.hooks.refused(key, message, op.type === 'create');
    void this.pump(key);
  }

  private persist(): void {
    const records: PendingByKey = {};
    for (const [key, ops] of this.ops) {
      const entry = this.hooks.entry(key);
      if (entry && ops.length) records[key] = { annotation: entry.annotation, confirmed: entry.confirmed, ops };
    }
    this.storage.save(this.articleId, records);
  }
}
