/**
 * The import flow: read files → preview each (nothing changes yet) → the
 * analyst reviews titles and outlets → import one file at a time with
 * progress, cancellable between files → summary. Sequential on purpose: main
 * serialises writes anyway, and per-file progress is what the analyst sees.
 */
import { useCallback, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES, type FileInput, type ImportPreview, type SourceSummary } from '../../../shared/api';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { fileToBase64 } from '../lib/base64';
import { outletChoiceFor } from '../lib/outlets';

export interface ImportItem {
  key: string;
  name: string;
  file?: FileInput | undefined;
  preview?: ImportPreview | undefined;
  error?: string | undefined;
  include: boolean;
  outletName: string;
  title: string;
}

export type ImportOutcomeStatus = 'imported' | 'duplicate' | 'revision' | 'failed';

export interface ImportOutcome {
  name: string;
  status: ImportOutcomeStatus;
  message?: string | undefined;
  articleId?: string | undefined;
}

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'preparing'; total: number; done: number }
  | { phase: 'review'; items: ImportItem[] }
  | { phase: 'running'; items: ImportItem[]; total: number; done: number; current: string; cancelling: boolean }
  | { phase: 'finished'; outcomes: ImportOutcome[]; cancelled: boolean; notStarted: number };

export interface ImportFlow {
  state: ImportState;
  start(files: File[]): void;
  update(key: string, patch: Partial<Pick<ImportItem, 'include' | 'outletName' | 'title'>>): void;
  run(): void;
  /** Cancels the review, or asks a running import to stop after the current file. */
  cancel(): void;
  close(): void;
}

async function prepare(file: File, index: number): Promise<ImportItem> {
  const base = { key: `${index}:${file.name}`, name: file.name, include: false, outletName: '', title: '' };
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return { ...base, error: `${file.name} is ${mb} MB; Gloss imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` };
  }
  let input: FileInput;
  try {
    input = { name: file.name, dataBase64: await fileToBase64(file) };
  } catch (e) {
    return { ...base, error: `Could not read ${file.name}: ${messageOf(e)}` };
  }
  try {
    const preview = await api.previewImport({ file: input });
    return { ...base, file: input, preview, include: !preview.duplicateOf, outletName: preview.outlet.name, title: preview.title };
  } catch (e) {
    return { ...base, file: input, error: messageOf(e) };
  }
}

export function useImport(sources: readonly SourceSummary[], onFinished: (firstArticleId: string | undefined) => void): ImportFlow {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const generation = useRef(0);
  const cancelRequested = useRef(false);
  const busy = useRef(false);
  const latest = useRef({ sources, onFinished });
  latest.current = { sources, onFinished };
  // Actions read the state as rendered, outside updaters (updaters must stay pure).
  const current = useRef(state);
  current.current = state;

  const start = useCallback((files: File[]) => {
    if (files.length === 0) return;
    const mine = ++generation.current;
    setState({ phase: 'preparing', total: files.length, done: 0 });
    void (async () => {
      const items: ImportItem[] = [];
      for (const [i, file] of files.entries()) {
        if (mine !== generation.current) return;
        items.push(await prepare(file, i));
        if (mine === generation.current) setState({ phase: 'preparing', total: files.length, done: i + 1 });
      }
      if (mine === generation.current) setState({ phase: 'review', items });
    })();
  }, []);

  const update = useCallback<ImportFlow['update']>((key, patch) => {
    setState((s) => (s.phase === 'review' ? { ...s, items: s.items.map((it) => (it.key === key ? { ...it, ...patch } : it)) } : s));
  }, []);

  const execute = useCallback(async (items: ImportItem[], mine: number) => {
    const queue = items.filter((it) => it.include && it.file && it.preview);
    const outcomes: ImportOutcome[] = [];
    cancelRequested.current = false;
    for (const [i, item] of queue.entries()) {
      if (cancelRequested.current) break;
      setState({ phase: 'running', items, total: queue.length, done: i, current: item.name, cancelling: cancelRequested.current });
      const title = item.title.trim();
      const outlet = outletChoiceFor(item.outletName, latest.current.sources);
      try {
        const result = await api.importFile({
          file: item.file!,
          ...(outlet ? { outlet } : {}),
          ...(title && title !== item.preview?.title ? { title } : {}),
        });
        outcomes.push({ name: item.name, status: result.status, articleId: result.article.id, message: result.warnings[0] });
      } catch (e) {
        outcomes.push({ name: item.name, status: 'failed', message: messageOf(e) });
      }
    }
    if (mine !== generation.current) return;
    const failedPreviews = items.filter((it) => it.error).map((it) => ({ name: it.name, status: 'failed' as const, message: it.error }));
    setState({
      phase: 'finished',
      outcomes: [...outcomes, ...failedPreviews],
      cancelled: cancelRequested.current,
      notStarted: queue.length - outcomes.length,
    });
    const first = outcomes.find((o) => o.status !== 'failed' && o.articleId);
    latest.current.onFinished(first?.articleId);
  }, []);

  const run = useCallback(() => {
    const s = current.current;
    if (s.phase !== 'review' || busy.current) return;
    busy.current = true;
    void execute(s.items, generation.current).finally(() => {
      busy.current = false;
    });
  }, [execute]);

  const cancel = useCallback(() => {
    const s = current.current;
    if (s.phase === 'running') {
      cancelRequested.current = true;
      setState({ ...s, cancelling: true });
      return;
    }
    generation.current++;
    setState({ phase: 'idle' });
  }, []);

  const close = useCallback(() => {
    setState((s) => (s.phase === 'running' ? s : { phase: 'idle' }));
  }, []);

  return { state, start, update, run, cancel, close };
}
