/**
 * The reader's ProseMirror plugins, one per file in this folder. The reader
 * recreates its state with this list whenever the article or its text
 * changes; callbacks reach React through `hooks`, read at call time, so the
 * plugins never hold stale closures.
 */
import type { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { annotateKeys } from './annotate-keys';
import { draftRange } from './draft-range';
import { flash } from './flash';
import { focusRing } from './focus-ring';
import { highlightClick } from './highlight-click';
import { highlights } from './highlights';
import { readOnlyGuard } from './read-only-guard';
import { selectionWatch } from './selection-watch';
import { suggestions } from './suggestions';
import { suggestionMarksFor } from '../suggestion-marks';

export interface ReaderHooks {
  onSelection(view: EditorView): void;
  onKeyDown(view: EditorView, event: KeyboardEvent): boolean;
  onHighlightClick(ids: string[], event: MouseEvent): boolean;
}

export interface ReaderPluginContext {
  articleId: string;
  text: string;
  starts: readonly number[];
  hooks?: () => ReaderHooks | undefined;
}

export function readerPlugins(context: ReaderPluginContext): Plugin[] {
  const hooks = context.hooks ?? (() => undefined);
  return [
    readOnlyGuard(),
    annotateKeys((view, event) => hooks()?.onKeyDown(view, event) ?? false),
    highlights({ text: context.text, starts: context.starts }),
    draftRange(),
    focusRing(),
    flash(),
    // Last: an inner span is the one split where ranges cross, and a dotted offer should give way to the draft and the ring.
    suggestions({ text: context.text, starts: context.starts }, () => suggestionMarksFor(context.articleId)),
    highlightClick((ids, event) => hooks()?.onHighlightClick(ids, event) ?? false),
    selectionWatch((view) => hooks()?.onSelection(view)),
  ];
}
