/** The range being annotated, kept visible while focus is in the annotation popover (which hides the selection). */
import { draftRangeKey, transientRangePlugin } from './transient-decoration';

export { draftRangeKey };
export const draftRange = () => transientRangePlugin(draftRangeKey, 'hl-draft', { 'data-testid': 'draft-range' });
