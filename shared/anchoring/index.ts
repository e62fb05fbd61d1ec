/** Anchoring (DESIGN.md §5): pure functions shared by the core, the reader and bundle import. */
export * from './types';
export * from './selectors';
export * from './similarity';
export * from './anchor';
export * from './diff-map';
export * from './reanchor';
