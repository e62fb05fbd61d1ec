/**
 * Clicking a highlight: the spans under the pointer (nested where highlights
 * overlap) name every annotation there. A click that ends a drag selection is
 * a selection, not a click on a highlight.
 */
import { Plugin, PluginKey } from 'prosemirror-state';

export const highlightClickKey = new PluginKey('highlight-click');

export function idsUnder(target: EventTarget | null, root: HTMLElement): string[] {
  const ids: string[] = [];
  let el = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  while (el && el !== root) {
    const id = el.getAttribute('data-annotation-id');
    if (id) ids.push(id);
    el = el.parentElement;
  }
  return ids;
}

export function highlightClick(onClick: (ids: string[], event: MouseEvent) => boolean): Plugin {
  return new Plugin({
    key: highlightClickKey,
    props: {
      handleDOMEvents: {
        click: (view, event) => {
          if (event.button !== 0 || event.detail > 1) return false;
          const sel = view.dom.ownerDocument.getSelection();
          if (sel && !sel.isCollapsed) return false;
          const ids = idsUnder(event.target, view.dom);
          return ids.length > 0 && onClick(ids, event);
        },
      },
    },
  });
}
