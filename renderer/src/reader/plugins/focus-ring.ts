/** A ring around the highlight whose card is focused in the side panel. */
import { focusRingKey, transientRangePlugin } from './transient-decoration';

export { focusRingKey };
export const focusRing = () => transientRangePlugin(focusRingKey, 'hl-focus-ring');
