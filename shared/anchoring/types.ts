/** How an annotation found its place in the current text. */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

export const ANCHOR_STATUSES: readonly AnchorStatus[] = ['exact', 'moved', 'fuzzy', 'orphaned'];

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface PositionSelector {
  start: number;
  end: number;
}

export interface Anchorable {
  quote: QuoteSelector;
  position: PositionSelector;
  contentHash: string;
}

export type AnchorResult =
  | { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number; /** 0..1, 1 = certain */ score: number }
  | { status: 'orphaned' };
