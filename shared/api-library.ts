/** Library operations: status, articles, import, outlets, preferences. */
import { z } from 'zod';
import { Analyst, Article, ArticleMeta, Id, Source } from './model';
import { ArticlePatch, byId, FileInput, ImportPreview, ImportResult, none, op, OutletChoice, Recovery, SourcePatch, SourceSummary } from './api-schemas';

export const libraryOps = {
  status: op({
    summary: 'Where the library lives, what was recovered on load, who the analyst is.',
    mutates: false,
    input: none,
    output: z.strictObject({
      version: z.string(),
      dataDir: z.string(),
      readOnly: z.boolean(),
      articleCount: z.int(),
      recoveries: z.array(Recovery),
      analyst: Analyst.optional(),
      /** False until the analyst has chosen a display name (first-run prompt). */
      analystNamed: z.boolean(),
    }),
  }),
  listArticles: op({
    summary: 'Every article in the library, newest import first.',
    mutates: false,
    input: none,
    output: z.array(ArticleMeta),
  }),
  getArticle: op({
    summary: 'One article with its text, revisions and stripped boilerplate.',
    mutates: false,
    input: byId,
    output: z.strictObject({ article: Article, source: Source }),
  }),
  previewImport: op({
    summary: 'What importing a file would do, without changing the library.',
    mutates: false,
    input: z.strictObject({ file: FileInput }),
    output: ImportPreview,
  }),
  importFile: op({
    summary: 'Imports one file; duplicates change nothing, a known canonical URL adds a revision.',
    mutates: true,
    input: z.strictObject({
      file: FileInput,
      outlet: OutletChoice.optional(),
      title: z.string().trim().min(1).max(1000).optional(),
    }),
    output: ImportResult,
  }),
  reimportArticle: op({
    summary: 'Stores a changed text of a known article as its current text, keeping the old one as a revision.',
    mutates: true,
    input: z.strictObject({
      id: Id,
      file: FileInput,
      /** Store it even when it shares almost no wording with the current text (otherwise: needs_confirmation). */
      force: z.boolean().optional(),
    }),
    output: ImportResult,
  }),
  updateArticle: op({
    summary: 'Edits an article’s metadata (title, outlet, author, date, URL, tags).',
    mutates: true,
    input: z.strictObject({ id: Id, patch: ArticlePatch }),
    output: ArticleMeta,
  }),
  deleteArticle: op({
    summary: 'Moves an article to the library’s trash folder (restorable).',
    mutates: true,
    input: byId,
    output: z.strictObject({ id: Id, trashedAs: z.string() }),
  }),
  restoreArticle: op({
    summary: 'Brings back an article deleted in this session.',
    mutates: true,
    input: byId,
    output: ArticleMeta,
  }),
  restoreStripped: op({
    summary: 'Puts a block the importer removed as boilerplate back into the text.',
    mutates: true,
    input: z.strictObject({ id: Id, blockId: Id }),
    output: z.strictObject({ article: Article }),
  }),
  listSources: op({
    summary: 'Every outlet with its number of articles.',
    mutates: false,
    input: none,
    output: z.array(SourceSummary),
  }),
  createSource: op({
    summary: 'Adds an outlet (names are unique, case-insensitively).',
    mutates: true,
    input: z.strictObject({ name: z.string().trim().min(1).max(200), domain: z.string().trim().max(253).optional() }),
    output: Source,
  }),
  updateSource: op({
    summary: 'Edits an outlet’s name, domain, notes, ownership or rating.',
    mutates: true,
    input: z.strictObject({ id: Id, patch: SourcePatch }),
    output: Source,
  }),
  mergeSources: op({
    summary: 'Merges one outlet into another: its articles move over, its rating and notes are kept (appended where both have one), and it is removed.',
    mutates: true,
    input: z.strictObject({ from: Id, into: Id }),
    output: z.strictObject({
      source: Source,
      /** The outlet that was merged away, as it was. */
      merged: Source,
      movedArticles: z.array(Id),
      /** What became of the merged outlet's rating, domain and notes, in words. */
      carried: z.array(z.string()),
    }),
  }),
  moveArticles: op({
    summary: 'Moves articles to another outlet: an existing one by id, or by name (matched case-insensitively, created if new).',
    mutates: true,
    input: z.strictObject({ ids: z.array(Id).min(1).max(20_000), outlet: OutletChoice }),
    output: z.strictObject({
      source: Source,
      created: z.boolean(),
      /** Each article that moved and the outlet it left (articles already there are not listed). */
      moved: z.array(z.strictObject({ id: Id, from: Id })),
    }),
  }),
  deleteSource: op({
    summary: 'Deletes an outlet that has no articles (move them or merge it first); restorable in this session.',
    mutates: true,
    input: byId,
    output: Source,
  }),
  restoreSource: op({
    summary: 'Brings back an outlet deleted or merged away in this session; a merge is undone with its articles.',
    mutates: true,
    input: byId,
    output: z.strictObject({ source: Source, movedArticles: z.array(Id) }),
  }),
  setTheme: op({
    summary: 'Tells every window (and the desktop menu) the theme the analyst chose.',
    mutates: false,
    input: z.strictObject({ theme: z.enum(['light', 'dark', 'system']) }),
    output: z.strictObject({ theme: z.enum(['light', 'dark', 'system']) }),
  }),
  listAnalysts: op({
    summary: 'Everyone whose annotations are in the library, with how many each made.',
    mutates: false,
    input: none,
    output: z.array(z.strictObject({ ...Analyst.shape, annotations: z.int() })),
  }),
  setAnalyst: op({
    summary: 'Sets the analyst’s display name (the id is created once and kept).',
    mutates: true,
    input: z.strictObject({ name: z.string().trim().min(1).max(120) }),
    output: Analyst,
  }),
} as const;
