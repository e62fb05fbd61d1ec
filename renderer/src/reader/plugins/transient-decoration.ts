/**
 * A plugin holding at most a few decorations set by metas: the base of the
 * draft range (text being annotated), the focused highlight's ring and the
 * flash that marks where a jump landed. The document never changes, but the
 * set is still mapped through every transaction, as decorations should be.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

export type RangeMeta = { from: number; to: number } | null;

export function transientRangePlugin(key: PluginKey<DecorationSet>, className: string, extra: Record<string, string> = {}): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const next = set.map(tr.mapping, tr.doc);
        const meta = tr.getMeta(key) as RangeMeta | undefined;
        if (meta === undefined) return next;
        if (meta === null || meta.to <= meta.from) return DecorationSet.empty;
        const to = Math.min(meta.to, tr.doc.content.size);
        // nodeName: its own span, so it wraps around highlight spans rather than merging into them.
        return DecorationSet.create(tr.doc, [Decoration.inline(meta.from, to, { nodeName: 'span', class: className, ...extra })]);
      },
    },
    props: { decorations: (state) => key.getState(state) },
  });
}

export const draftRangeKey = new PluginKey<DecorationSet>('draft-range');
export const focusRingKey = new PluginKey<DecorationSet>('focus-ring');
