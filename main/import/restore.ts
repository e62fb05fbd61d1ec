/**
 * Undoing one boilerplate removal. Blocks remember where they stood in the
 * original paragraph list, so any of them can go back, in any order, and the
 * text returns to exactly what it was once all are restored.
 */
import type { StrippedBlock } from '../../shared/model';
import { UserError } from '../../shared/result';
import { PARAGRAPH_SEPARATOR, paragraphsOf } from '../../shared/text';

/**
 * Puts block `blockId` back into `text` (canonical). Its index in the current
 * paragraphs is its original index minus the paragraphs of still-removed
 * blocks that stood before it.
 */
export function restoreBlock(text: string, stripped: StrippedBlock[], blockId: string): { text: string; stripped: StrippedBlock[] } {
  const block = stripped.find((b) => b.id === blockId);
  if (!block) throw new UserError(`There is no removed block "${blockId}" to restore; it may have been restored already.`);
  const remaining = stripped.filter((b) => b !== block);
  const stillOutBefore = remaining
    .filter((b) => b.paragraphIndex < block.paragraphIndex)
    .reduce((sum, b) => sum + paragraphsOf(b.text).length, 0);
  const paragraphs = paragraphsOf(text);
  const at = Math.max(0, Math.min(paragraphs.length, block.paragraphIndex - stillOutBefore));
  paragraphs.splice(at, 0, ...paragraphsOf(block.text));
  return { text: paragraphs.join(PARAGRAPH_SEPARATOR), stripped: remaining };
}
