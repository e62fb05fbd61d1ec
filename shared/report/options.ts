/** What goes into a report, and how it is laid out. One set of options for every format. */
import { z } from 'zod';
import type { ClaimView } from '../api-analysis';
import type { EventComparison } from '../analysis/event-comparison';
import type { SourceProfile } from '../analysis/profile';
import { AnnotationKind, CodePath, Id, type Annotation, type Article, type Codebook, type Source } from '../model';

export const ReportOptions = z.strictObject({
  /** Only these kinds / codes (children included) / analysts; all when absent. */
  kinds: z.array(AnnotationKind).max(8).optional(),
  tags: z.array(CodePath).max(100).optional(),
  authors: z.array(Id).max(100).optional(),
  notes: z.enum(['margin', 'endnotes']).optional(),
  pageSize: z.enum(['A4', 'Letter']).optional(),
  includeText: z.boolean().optional(),
  includeClaims: z.boolean().optional(),
  includeProfiles: z.boolean().optional(),
});
export type ReportOptions = z.infer<typeof ReportOptions>;

export interface ReportArticle {
  article: Article;
  source: Source;
  /** Live annotations that pass the options, in document order; orphans have no place in the text. */
  annotations: Annotation[];
}

export interface ReportData {
  title: string;
  preparedBy?: string;
  generatedAt: string;
  /** In words: "3 articles", "the whole library", "“Kessel Dam breach…”". */
  scope: string;
  summary: string;
  articles: ReportArticle[];
  claims: ClaimView[];
  profiles: Array<{ source: Source; profile: SourceProfile }>;
  codebook: Codebook;
  /** Cross-source comparison, event by event: only events with two or more of the report's articles. */
  comparison?: { events: EventComparison[] };
}

export function passesFilters(a: Annotation, options: ReportOptions): boolean {
  if (a.deleted) return false;
  if (options.kinds?.length && !options.kinds.includes(a.kind)) return false;
  if (options.authors?.length && !options.authors.includes(a.author.id)) return false;
  if (options.tags?.length) {
    const codes = [...a.tags, ...a.biasCues];
    if (!options.tags.some((t) => codes.some((c) => c === t || c.startsWith(`${t}/`)))) return false;
  }
  return true;
}

/** Every annotation of the report numbered in reading order: article by article, position by position. */
export function numberAnnotations(articles: readonly ReportArticle[]): Map<string, number> {
  const numbers = new Map<string, number>();
  let n = 0;
  for (const a of articles) {
    const placed = a.annotations.filter((x) => !x.orphaned).sort((x, y) => x.target.position.start - y.target.position.start || x.target.position.end - y.target.position.end);
    for (const x of [...placed, ...a.annotations.filter((x) => x.orphaned)]) numbers.set(x.id, ++n);
  }
  return numbers;
}
