/**
 * Hosts the ProseMirror view that renders an article's text and paints its
 * annotations. React owns the container; ProseMirror owns everything inside
 * it. The view is created once; a new article or text gets a fresh state, and
 * highlights arrive from the annotation session as metas (never through a
 * React render, so painting one costs one small transaction).
 */
import { useEffect, useRef, type RefObject } from 'react';
import { EditorView } from 'prosemirror-view';
import type { AnnotationSession } from '../annotations/session';
import { createReaderState } from './create-state';
import type { ReaderHooks } from './plugins';
import { highlightsKey } from './plugins/highlights';
import { createReaderHandle, type ReaderHandle } from './reader-handle';

interface Props {
  articleId: string;
  text: string;
  contentHash: string;
  lang?: string | undefined;
  session: AnnotationSession;
  hooks: RefObject<ReaderHooks | undefined>;
  handleRef: RefObject<ReaderHandle | null>;
  colorBy: 'kind' | 'tag';
  /** Called once the article's highlights are in the DOM. */
  onPainted?(articleId: string): void;
}

export function ReaderView({ articleId, text, contentHash, lang, session, hooks, handleRef, colorBy, onPainted }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const shown = useRef<{ articleId: string; text: string } | null>(null);
  const latestText = useRef(text);
  latestText.current = text;
  const painted = useRef(onPainted);
  painted.current = onPainted;

  useEffect(() => {
    const mount = host.current;
    if (!mount) return;
    const v = new EditorView(mount, {
      state: createReaderState(articleId, text, () => hooks.current),
      attributes: { class: 'reader-text', 'data-testid': 'reader-text', 'aria-label': 'Article text' },
    });
    view.current = v;
    shown.current = { articleId, text };
    handleRef.current = createReaderHandle(() => view.current, () => latestText.current);
    return () => {
      v.destroy();
      view.current = null;
      shown.current = null;
      handleRef.current = null;
    };
    // Created once on mount; later article changes go through the effect below.
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    // The session learns the text first, so its offsets never meet another text's document.
    session.setText(text, contentHash);
    const was = shown.current;
    if (!was || was.articleId !== articleId || was.text !== text) {
      v.updateState(createReaderState(articleId, text, () => hooks.current));
      shown.current = { articleId, text };
    }
    const stop = session.paint((change) => {
      if (!v.isDestroyed) v.dispatch(v.state.tr.setMeta(highlightsKey, change));
    });
    painted.current?.(articleId);
    return stop;
  }, [session, articleId, text, contentHash, hooks]);

  return <div ref={host} className="reader-host" lang={lang} data-color-by={colorBy} />;
}
