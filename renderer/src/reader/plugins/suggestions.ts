/**
 * Bias-cue suggestions in the text: faint dotted underlines, one span per
 * suggestion, each carrying its key (in the decoration spec and as a data
 * attribute) so a click can name it. They are offers, not judgements, so they
 * live in their own DecorationSet apart from the highlights and never touch
 * the annotation session. The set is mapped through every transaction and
 * changed only by metas: `set` replaces it, `remove` drops some keys,
 * `active` marks the one the side panel has selected.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { offsetToPos } from '../../../../shared/text';
import { highlightsKey } from './highlights';
import { draftRangeKey } from './transient-decoration';

export const suggestionsKey = new PluginKey<SuggestionsState>('suggestions');

/** A DOM event the reader fires when a dotted mark is clicked (the side panel listens for it). */
export const SUGGESTION_CLICK_EVENT = 'gloss:suggestion-click';

export interface SuggestionMark {
  key: string;
  cue: string;
  start: number;
  end: number;
  color?: string | undefined;
}

export interface SuggestionSpec {
  suggestionKey: string;
  inclusiveStart: false;
  inclusiveEnd: false;
}

export type SuggestionsMeta =
  | { type: 'set'; marks: readonly SuggestionMark[]; active?: string | undefined }
  | { type: 'remove'; keys: readonly string[] }
  | { type: 'active'; key: string | undefined };

interface TextMap {
  text: string;
  starts: readonly number[];
}

function decorationFor(m: SuggestionMark, map: TextMap, active: boolean): Decoration | undefined {
  if (m.end > map.text.length || m.end <= m.start) return undefined;
  const from = offsetToPos(map.text, m.start, map.starts as number[]);
  const to = offsetToPos(map.text, m.end, map.starts as number[]);
  if (to <= from) return undefined;
  const spec: SuggestionSpec = { suggestionKey: m.key, inclusiveStart: false, inclusiveEnd: false };
  return Decoration.inline(
    from,
    to,
    {
      nodeName: 'span',
      class: active ? 'sg sg-active' : 'sg',
      'data-suggestion-key': m.key,
      'data-cue': m.cue,
      ...(m.color ? { style: `--sg: ${m.color}` } : {}),
    },
    spec,
  );
}

function build(doc: Parameters<typeof DecorationSet.create>[0], marks: readonly SuggestionMark[], map: TextMap, active: string | undefined): DecorationSet {
  const out: Decoration[] = [];
  for (const m of marks) {
    const d = decorationFor(m, map, m.key === active);
    if (d) out.push(d);
  }
  return DecorationSet.create(doc, out);
}

let cache: { marks?: DecorationSet; highlights?: DecorationSet; draft?: DecorationSet; result?: DecorationSet } = {};

/**
 * The marks drawn: none over a passage the analyst has highlighted or is
 * annotating. There the judgement is already theirs (the offer stays in the
 * panel), and a mark boundary inside a highlight or the draft would split its
 * span in two. Cached on the three sets, since most transactions change none.
 */
function visibleMarks(marks: DecorationSet, highlights: DecorationSet | undefined, draft: DecorationSet | undefined): DecorationSet {
  if (cache.marks === marks && cache.highlights === highlights && cache.draft === draft && cache.result) return cache.result;
  const hidden = marks.find().filter((d) => (highlights?.find(d.from, d.to).some((h) => h.from < d.to && h.to > d.from) ?? false) || (draft?.find(d.from, d.to).some((h) => h.from < d.to && h.to > d.from) ?? false));
  const result = hidden.length ? marks.remove(hidden) : marks;
  cache = { marks, highlights, draft, result };
  return result;
}

export interface SuggestionsState {
  set: DecorationSet;
  /** Kept beside the set so `active` can restyle two marks without a round trip to React. */
  marks: readonly SuggestionMark[];
  active: string | undefined;
}

/**
 * `initial` lets a freshly created reader state (another article, a new
 * revision) start with the suggestions already known for it.
 */
export function suggestions(map: TextMap, initial: () => readonly SuggestionMark[] = () => []): Plugin<SuggestionsState> {
  return new Plugin<SuggestionsState>({
    key: suggestionsKey,
    state: {
      init: (_config, state) => {
        const marks = initial();
        return { set: build(state.doc, marks, map, undefined), marks, active: undefined };
      },
      apply(tr, value) {
        const set = value.set.map(tr.mapping, tr.doc);
        const meta = tr.getMeta(suggestionsKey) as SuggestionsMeta | undefined;
        if (!meta) return set === value.set ? value : { ...value, set };
        if (meta.type === 'set') return { set: build(tr.doc, meta.marks, map, meta.active), marks: meta.marks, active: meta.active };
        if (meta.type === 'remove') {
          const gone = new Set(meta.keys);
          const stale = set.find(undefined, undefined, (spec: SuggestionSpec) => gone.has(spec.suggestionKey));
          return { set: set.remove(stale), marks: value.marks.filter((m) => !gone.has(m.key)), active: value.active && gone.has(value.active) ? undefined : value.active };
        }
        if (meta.key === value.active) return { ...value, set };
        const touched = new Set([value.active, meta.key].filter((k): k is string => Boolean(k)));
        const stale = set.find(undefined, undefined, (spec: SuggestionSpec) => touched.has(spec.suggestionKey));
        const fresh = value.marks
          .filter((m) => touched.has(m.key))
          .map((m) => decorationFor(m, map, m.key === meta.key))
          .filter((d): d is Decoration => Boolean(d));
        return { set: set.remove(stale).add(tr.doc, fresh), marks: value.marks, active: meta.key };
      },
    },
    props: {
      decorations: (state) => {
        const value = suggestionsKey.getState(state);
        if (!value) return undefined;
        return visibleMarks(value.set, highlightsKey.getState(state), draftRangeKey.getState(state));
      },
      handleDOMEvents: {
        click: (view, event) => {
          if (event.button !== 0 || event.detail > 1) return false;
          const sel = view.dom.ownerDocument.getSelection();
          if (sel && !sel.isCollapsed) return false;
          const target = event.target instanceof Element ? event.target : null;
          // A highlight over the same words is the analyst's own judgement: it wins the click.
          if (!target || target.closest('[data-annotation-id]')) return false;
          const key = target.closest('[data-suggestion-key]')?.getAttribute('data-suggestion-key');
          if (!key) return false;
          view.dom.dispatchEvent(new CustomEvent(SUGGESTION_CLICK_EVENT, { bubbles: true, detail: { key } }));
          return false;
        },
      },
    },
  });
}

/** The suggestion keys under a document position. */
export function suggestionKeysAt(state: SuggestionsState | undefined, pos: number): string[] {
  if (!state) return [];
  return state.set.find(pos, pos).map((d) => (d.spec as SuggestionSpec).suggestionKey);
}
