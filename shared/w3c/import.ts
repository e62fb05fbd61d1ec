/**
 * Reading annotations made by other tools: W3C Web Annotations (a single
 * annotation, a list, an AnnotationPage or an AnnotationCollection) and
 * Hypothesis' own JSON export. Pure: it only turns JSON into candidates; the
 * core anchors them in the articles by their selectors.
 */
import { ANNOTATION_KINDS, Grading, STANCES, type AnnotationKind, type Stance } from '../model';
import { parseGrade } from '../grading';
import { idFromIri } from './vocabulary';

export interface ForeignAnnotation {
  /** Our own id when the annotation was exported by Gloss (round trip). */
  glossId?: string;
  originalId?: string;
  /** What the annotation's target points at (a URL or one of our article IRIs). */
  source?: string;
  articleId?: string;
  quote?: { exact: string; prefix: string; suffix: string };
  position?: { start: number; end: number };
  kind: AnnotationKind;
  note: string;
  tags: string[];
  biasCues: string[];
  grading?: Grading;
  stance?: Stance;
  claimId?: string;
  /** `nameFromAccount`: no display name on this one; another annotation by the same account may have it. */
  author: { key: string; name: string; nameFromAccount?: boolean };
  created?: string;
  modified?: string;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const types = (o: Json) => asArray(o.type ?? o['@type']).filter((t): t is string => typeof t === 'string');

/** A tag from another tool as a code path: lower-case words joined by "-", nesting kept. */
export function toCodePath(tag: string): string | undefined {
  const path = tag
    .split('/')
    .map((part) => part.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('/');
  return path && path.length <= 200 ? path : undefined;
}

function selectorsOf(target: unknown): { source?: string; quote?: ForeignAnnotation['quote']; position?: ForeignAnnotation['position'] } {
  for (const t of asArray(target)) {
    if (typeof t === 'string') return { source: t };
    if (!isObj(t)) continue;
    const out: ReturnType<typeof selectorsOf> = {};
    const source = str(t.source) ?? str(t.id);
    if (source) out.source = source;
    const walk = (sel: unknown) => {
      for (const s of asArray(sel)) {
        if (!isObj(s)) continue;
        const ty = types(s);
        if (ty.includes('TextQuoteSelector') && typeof s.exact === 'string' && s.exact) {
          out.quote = { exact: s.exact, prefix: str(s.prefix) ?? '', suffix: str(s.suffix) ?? '' };
        } else if (ty.includes('TextPositionSelector') && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.end as number) > (s.start as number) && (s.start as number) >= 0) {
          out.position = { start: s.start as number, end: s.end as number };
        }
        if (s.refinedBy) walk(s.refinedBy);
      }
    };
    walk(t.selector);
    if (out.quote || out.source) return out;
  }
  return {};
}

function kindFrom(o: Json, bodies: Json[]): AnnotationKind {
  const declared = str(o['gloss:kind']) ?? bodies.find((b) => b.purpose === 'classifying' && typeof b.value === 'string')?.value;
  if ((ANNOTATION_KINDS as readonly unknown[]).includes(declared)) return declared as AnnotationKind;
  const motivation = asArray(o.motivation)[0];
  if (motivation === 'questioning') return 'question';
  if (motivation === 'assessing' || motivation === 'linking') return 'claim';
  return 'note';
}

/**
 * A grade as Gloss writes it ("B2"), or as earlier versions wrote it
 * (`{ source, credibility }`), so their files still import with their grades.
 * Anything else is no grade.
 */
function gradingOf(value: unknown): Grading | undefined {
  if (typeof value === 'string') {
    const parsed = parseGrade(value);
    return parsed.ok ? parsed.grading : undefined;
  }
  const old = Grading.safeParse(value);
  return old.success && (old.data.source || old.data.credibility) ? old.data : undefined;
}

function fromW3C(o: Json): ForeignAnnotation {
  const bodies = asArray(o.body).filter(isObj);
  const bodyValue = str(o.bodyValue);
  const note = [bodyValue, ...bodies.filter((b) => (b.purpose ?? 'commenting') === 'commenting' && types(b).includes('TextualBody')).map((b) => str(b.value))]
    .filter((s): s is string => !!s)
    .join('\n\n');
  const tagged = bodies.filter((b) => b.purpose === 'tagging').map((b) => str(b.value)).filter((s): s is string => !!s);
  const cues = asArray(o['gloss:cues']).filter((s): s is string => typeof s === 'string');
  const ownTags = asArray(o['gloss:tags']).filter((s): s is string => typeof s === 'string');
  const glossCodes = new Set([...cues, ...ownTags]);
  const grade = o['gloss:grade'] ?? bodies.find((b) => b.purpose === 'assessing')?.value;
  const creator = asArray(o.creator)[0];
  const creatorName = isObj(creator) ? (str(creator.name) ?? str(creator.nickname)) : str(creator);
  const creatorKey = isObj(creator) ? (str(creator.id) ?? creatorName) : creatorName;
  const { source, quote, position } = selectorsOf(o.target);
  const glossId = idFromIri(o.id, 'annotation');
  const claimId = idFromIri(o['gloss:claim'], 'claim') ?? idFromIri(bodies.find((b) => b.purpose === 'linking')?.source, 'claim');
  const stance = str(o['gloss:stance']);
  const articleId = str(o['gloss:articleId']) ?? idFromIri(source, 'article');
  return {
    ...(glossId ? { glossId } : {}),
    ...(str(o.id) ? { originalId: str(o.id)! } : {}),
    ...(source ? { source } : {}),
    ...(articleId ? { articleId } : {}),
    ...(quote ? { quote } : {}),
    ...(position ? { position } : {}),
    kind: kindFrom(o, bodies),
    note,
    tags: ownTags.length ? ownTags : tagged.filter((t) => !glossCodes.has(t)).map(toCodePath).filter((t): t is string => !!t),
    biasCues: cues,
    ...(gradingOf(grade) ? { grading: gradingOf(grade)! } : {}),
    ...((STANCES as readonly unknown[]).includes(stance) ? { stance: stance as Stance } : {}),
    ...(claimId ? { claimId } : {}),
    author: { key: creatorKey ?? 'unknown', name: creatorName ?? 'Unknown (imported)' },
    ...(str(o.created) ? { created: str(o.created)! } : {}),
    ...(str(o.modified) ? { modified: str(o.modified)! } : {}),
  };
}

/** Hypothesis' API format: `text`, `tags`, `uri`, `user` ("acct:name@host") and W3C-style targets. */
function fromHypothesis(o: Json): ForeignAnnotation {
  const { quote, position } = selectorsOf(o.target);
  const user = str(o.user) ?? 'unknown';
  const displayName = isObj(o.user_info) ? str(o.user_info.display_name) : undefined;
  const tags = asArray(o.tags).filter((t): t is string => typeof t === 'string').map(toCodePath).filter((t): t is string => !!t);
  return {
    ...(str(o.id) ? { originalId: str(o.id)! } : {}),
    ...(str(o.uri) ? { source: str(o.uri)! } : {}),
    ...(quote ? { quote } : {}),
    ...(position ? { position } : {}),
    kind: 'note',
    note: str(o.text) ?? '',
    tags,
    biasCues: [],
    author: { key: user, name: displayName ?? user.replace(/^acct:/, '').replace(/@.*$/, ''), ...(displayName ? {} : { nameFromAccount: true }) },
    ...(str(o.created) ? { created: str(o.created)! } : {}),
    ...(str(o.updated) ? { modified: str(o.updated)! } : {}),
  };
}

/** Every annotation found in a W3C or Hypothesis JSON document, and what could not be read. */
export function parseForeignAnnotations(doc: unknown): { items: ForeignAnnotation[]; problems: string[] } {
  const items: ForeignAnnotation[] = [];
  const problems: string[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, depth: number) => {
    if (depth > 50 || seen.has(node)) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    if (!isObj(node)) return;
    seen.add(node);
    const ty = types(node);
    if (ty.includes('Annotation')) items.push(fromW3C(node));
    else if (ty.includes('AnnotationCollection')) {
      visit(node.first, depth + 1);
      visit(node.items, depth + 1);
    } else if (ty.includes('AnnotationPage')) {
      visit(node.items, depth + 1);
      visit(node.next, depth + 1);
    } else if (Array.isArray(node.rows)) visit(node.rows, depth + 1);
    // The Hypothesis client's "Export" file: { export_date, export_userid, client_version, annotations: [...] }.
    else if (Array.isArray(node.annotations)) visit(node.annotations, depth + 1);
    else if ('uri' in node && ('text' in node || 'target' in node)) items.push(fromHypothesis(node));
    else problems.push(`an object of type ${ty.join('/') || 'unknown'} is not an annotation`);
  };
  visit(doc, 0);
  // One person, one name: Hypothesis sends the display name on some annotations and not on others.
  const named = new Map(items.filter((f) => !f.author.nameFromAccount).map((f) => [f.author.key, f.author.name]));
  for (const f of items) if (f.author.nameFromAccount) f.author = { key: f.author.key, name: named.get(f.author.key) ?? f.author.name };
  return { items, problems };
}
