import { useEffect, useState } from 'react';
import type { Toast } from '../hooks/use-toasts';
import { Icon } from './Icon';

interface Props {
  toasts: Toast[];
  onDismiss(id: number): void;
}

/** Hovering or focusing the stack pauses the timers, so a notice is not lost while being read. */
export function Toaster({ toasts, onDismiss }: Props) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timers = toasts.map((t) => setTimeout(() => onDismiss(t.id), t.timeoutMs));
    return () => timers.forEach(clearTimeout);
  }, [toasts, paused, onDismiss]);

  return (
    <section
      className="toaster"
      aria-label="Notifications"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'} data-testid="toast" data-kind={t.kind}>
          {t.kind === 'error' && <Icon name="alert" size={16} className="toast-icon" />}
          <div className="toast-body">
            <p className="toast-message">{t.message}</p>
            {t.detail && <p className="toast-detail">{t.detail}</p>}
          </div>
          {t.action && (
            <button
              type="button"
              className="toast-action"
              onClick={() => {
                onDismiss(t.id);
                t.action?.run();
              }}
            >
              {t.action.label}
            </button>
          )}
          <button type="button" className="icon-button icon-button-small toast-close" aria-label="Dismiss" onClick={() => onDismiss(t.id)}>
            <Icon name="close" size={14} />
          </button>
        </div>
      ))}
    </section>
  );
}
