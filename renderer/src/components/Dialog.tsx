/**
 * Modal shell: backdrop, focus trap, Esc to close, labelled for screen
 * readers. The rest of the app is made `inert` by App while a dialog is open.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useFocusTrap } from '../hooks/use-focus-trap';
import { Icon } from './Icon';

interface Props {
  title: string;
  description?: ReactNode;
  onClose(): void;
  /** When false, Esc and the backdrop do nothing (e.g. while an import runs). */
  dismissible?: boolean;
  size?: 'small' | 'medium' | 'large';
  footer?: ReactNode;
  children: ReactNode;
  testId?: string;
}

export function Dialog({ title, description, onClose, dismissible = true, size = 'medium', footer, children, testId }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descId = useId();
  useFocusTrap(panel);

  // Esc works even when focus has slipped outside the panel (e.g. onto the page body).
  const latest = useRef({ onClose, dismissible });
  latest.current = { onClose, dismissible };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      if (latest.current.dismissible) latest.current.onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget && dismissible) onClose();
      }}
    >
      <div
        ref={panel}
        className={`dialog dialog-${size}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descId : undefined}
        tabIndex={-1}
        data-testid={testId}
      >
        <header className="dialog-header">
          <div>
            <h2 id={titleId} className="dialog-title">
              {title}
            </h2>
            {description && (
              <p id={descId} className="dialog-description">
                {description}
              </p>
            )}
          </div>
          {dismissible && (
            <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
              <Icon name="close" />
            </button>
          )}
        </header>
        <div className="dialog-body">{children}</div>
        {footer && <footer className="dialog-footer">{footer}</footer>}
      </div>
    </div>
  );
}
