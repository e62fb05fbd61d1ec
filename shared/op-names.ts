/**
 * The names of every API operation, without their schemas. The Electron
 * preload needs only the names and must stay small (it is loaded into every
 * window), so it imports this instead of the contract; a test checks the two
 * lists agree.
 */
export const OPERATION_NAMES = [
  'status',
  'listArticles',
  'getArticle',
  'previewImport',
  'importFile',
  'reimportArticle',
  'updateArticle',
  'deleteArticle',
  'restoreArticle',
  'restoreStripped',
  'listSources',
  'createSource',
  'updateSource',
  'mergeSources',
  'moveArticles',
  'deleteSource',
  'restoreSource',
  'setAnalyst',
  'listAnalysts',
  'setTheme',
  'listAnnotations',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'reattachAnnotation',
  'detachAnnotation',
  'search',
  'grade',
  'suggest',
  'acceptSuggestion',
  'dismissSuggestion',
  'restoreSuggestions',
  'getLexicon',
  'setLexicon',
  'resetLexicon',
  'getSourceProfile',
  'getCodebook',
  'saveCode',
  'mergeCodes',
  'deleteCode',
  'importCodebook',
  'compare',
  'moveToEvent',
  'listClaims',
  'createClaim',
  'updateClaim',
  'deleteClaim',
  'exportReport',
  'cancelTask',
  'exportBundle',
  'previewBundle',
  'applyBundle',
  'getIdentity',
  'trustKey',
  'untrustKey',
  'exportW3C',
  'importW3C',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

/** The event types main may send; the preload drops anything else. */
export const EVENT_TYPES = ['library-changed', 'theme', 'command', 'imported', 'progress', 'open-file'] as const;
export type EventTypeName = (typeof EVENT_TYPES)[number];
