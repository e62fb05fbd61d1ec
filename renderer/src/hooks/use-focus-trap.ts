/**
 * Keeps keyboard focus inside a modal while it is open and gives it back to
 * whatever had it before, so a keyboard user never loses their place.
 */
import { useEffect, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest('[inert]') && el.getClientRects().length > 0);
}

export function useFocusTrap(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Without an explicit choice the panel itself takes focus: screen readers announce the
    // dialog, and no control lights up with a focus ring the user did not ask for.
    const preferred = root.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)');
    (preferred ?? root).focus();

    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab') return;
      const items = focusables(root);
      if (items.length === 0) {
        e.preventDefault();
        return;
      }
      const first = items[0]!;
      const last = items[items.length - 1]!;
      const active = document.activeElement;
      if (e.shiftKey && (active === first || !root.contains(active))) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (active === last || !root.contains(active))) {
        e.preventDefault();
        first.focus();
      }
    };
    root.addEventListener('keydown', onKey);
    return () => {
      root.removeEventListener('keydown', onKey);
      // Give focus back only if nothing else has taken it meanwhile (e.g. the list focusing a new article).
      const active = document.activeElement;
      const unclaimed = !active || active === document.body || root.contains(active);
      if (unclaimed && previous?.isConnected) previous.focus();
    };
  }, [ref]);
}
