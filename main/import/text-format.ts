/**
 * Plain text needs no extraction (every non-empty line is a paragraph); what
 * it needs is recognising files that are not articles at all.
 */
const URL_LINE = /^(?:[-*•]\s+|\d+[.)]\s+)?<?(?:https?:\/\/|www\.)\S+>?$/i;

/** Every non-empty line is a link: a reading list, not an article. */
export function isUrlList(paragraphs: readonly string[]): boolean {
  return paragraphs.length > 0 && paragraphs.every((p) => URL_LINE.test(p));
}

