/**
 * A transient decoration marking where a jump landed (a search hit, a card's
 * highlight). It clears itself: the plugin view removes it when its animation
 * is over, so no caller has to remember to.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { DecorationSet } from 'prosemirror-view';
import { transientRangePlugin } from './transient-decoration';

export const flashKey = new PluginKey<DecorationSet>('flash');
export const FLASH_MS = 1800;

export function flash(): Plugin<DecorationSet> {
  const base = transientRangePlugin(flashKey, 'hl-flash', { 'data-testid': 'flash' });
  return new Plugin<DecorationSet>({
    key: flashKey,
    state: base.spec.state!,
    props: base.spec.props!,
    view() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let shown: DecorationSet | undefined;
      return {
        update(view) {
          const set = flashKey.getState(view.state);
          if (set === shown) return;
          shown = set;
          clearTimeout(timer);
          if (set && set !== DecorationSet.empty) {
            timer = setTimeout(() => {
              if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(flashKey, null));
            }, FLASH_MS);
          }
        },
        destroy: () => clearTimeout(timer),
      };
    },
  });
}
