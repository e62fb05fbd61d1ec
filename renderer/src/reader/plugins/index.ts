/**
 * The reader's ProseMirror plugins, one per file in this folder (highlights,
 * selection toolbar, keyboard codes… arrive with the annotation UI). The
 * reader recreates its state with this list whenever the article changes.
 */
import type { Plugin } from 'prosemirror-state';
import { readOnlyGuard } from './read-only-guard';

export interface ReaderPluginContext {
  articleId: string;
  text: string;
}

export function readerPlugins(_context: ReaderPluginContext): Plugin[] {
  return [readOnlyGuard()];
}
