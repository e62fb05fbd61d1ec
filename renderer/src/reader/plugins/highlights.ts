/**
 * Annotation highlights, as decorations (never marks: the text is evidence and
 * the document never changes). The state is one DecorationSet, built once per
 * article with DecorationSet.create and then changed incrementally: a meta
 * removes and adds only the highlights that changed, so painting one new
 * highlight costs the same with ten highlights or a thousand.
 *
 * Each highlight is its own <span> (nodeName), so overlapping highlights nest
 * instead of merging their attributes, and every span knows its annotation.
 */
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Annotation } from '../../../../shared/model';
import { offsetToPos } from '../../../../shared/text';
import type { PaintChange } from '../../annotations/types';
import { tagColour } from '../../lib/codebook';

export const highlightsKey = new PluginKey<DecorationSet>('highlights');

export interface HighlightSpec {
  id: string;
  kind: string;
  inclusiveStart: false;
  inclusiveEnd: false;
}

export interface TextMap {
  text: string;
  starts: readonly number[];
}

function rangeOf(a: Annotation, map: TextMap): { from: number; to: number } {
  const { start, end } = a.target.position;
  return { from: offsetToPos(map.text, start, map.starts as number[]), to: offsetToPos(map.text, end, map.starts as number[]) };
}

export function highlightDecoration(a: Annotation, map: TextMap): Decoration | undefined {
  if (a.target.position.end > map.text.length) return undefined;
  const { from, to } = rangeOf(a, map);
  if (to <= from) return undefined;
  const spec: HighlightSpec = { id: a.id, kind: a.kind, inclusiveStart: false, inclusiveEnd: false };
  return Decoration.inline(
    from,
    to,
    {
      nodeName: 'span',
      class: `hl hl-${a.kind}`,
      'data-annotation-id': a.id,
      // Colouring by tag is a CSS switch on the container; the colour travels with the span.
      style: `--hl-tag: ${tagColour([...a.tags, ...a.biasCues]) ?? 'var(--hl-untagged)'}`,
    },
    spec,
  );
}

function decorationsFor(list: readonly Annotation[], map: TextMap): Decoration[] {
  const out: Decoration[] = [];
  for (const a of list) {
    const d = highlightDecoration(a, map);
    if (d) out.push(d);
  }
  return out;
}

export function highlights(map: TextMap, initial: readonly Annotation[] = []): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: highlightsKey,
    state: {
      init: (_config, state) => DecorationSet.create(state.doc, decorationsFor(initial, map)),
      apply(tr, set) {
        let next = set.map(tr.mapping, tr.doc);
        const change = tr.getMeta(highlightsKey) as PaintChange | undefined;
        if (!change) return next;
        if (change.type === 'reset') return DecorationSet.create(tr.doc, decorationsFor(change.annotations, map));
        if (change.remove.length) {
          const gone: Decoration[] = [];
          for (const a of change.remove) {
            const { from, to } = rangeOf(a, map);
            gone.push(...next.find(from, to, (spec: HighlightSpec) => spec.id === a.id));
          }
          next = next.remove(gone);
        }
        if (change.add.length) next = next.add(tr.doc, decorationsFor(change.add, map));
        return next;
      },
    },
    props: {
      decorations: (state) => highlightsKey.getState(state),
    },
  });
}

/** The highlights covering a position, shortest (innermost) first. */
export function highlightsAt(state: EditorState, pos: number): { id: string; from: number; to: number }[] {
  const set = highlightsKey.getState(state);
  if (!set) return [];
  return set
    .find(pos, pos, (spec: HighlightSpec) => Boolean(spec.id))
    .filter((d) => d.from <= pos && d.to >= pos)
    .map((d) => ({ id: (d.spec as HighlightSpec).id, from: d.from, to: d.to }))
    .sort((a, b) => a.to - a.from - (b.to - b.from));
}
