/**
 * Hosts the ProseMirror view that renders an article's text. React owns the
 * container; ProseMirror owns everything inside it. The view is created once
 * and given a fresh state when the article or its text changes, so plugins
 * added later attach to one long-lived view.
 */
import { useEffect, useRef } from 'react';
import { EditorView } from 'prosemirror-view';
import { createReaderState } from './create-state';

interface Props {
  articleId: string;
  text: string;
  lang?: string | undefined;
}

export function ReaderView({ articleId, text, lang }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const shown = useRef<{ articleId: string; text: string } | null>(null);

  useEffect(() => {
    const mount = host.current;
    if (!mount) return;
    const v = new EditorView(mount, {
      state: createReaderState(articleId, text),
      editable: () => false,
      attributes: { class: 'reader-text', 'data-testid': 'reader-text', 'aria-label': 'Article text' },
    });
    view.current = v;
    shown.current = { articleId, text };
    return () => {
      v.destroy();
      view.current = null;
      shown.current = null;
    };
    // Created once on mount; later article changes go through the effect below.
  }, []);

  useEffect(() => {
    const v = view.current;
    const was = shown.current;
    if (!v || (was && was.articleId === articleId && was.text === text)) return;
    v.updateState(createReaderState(articleId, text));
    shown.current = { articleId, text };
  }, [articleId, text]);

  return <div ref={host} className="reader-host" lang={lang} />;
}
