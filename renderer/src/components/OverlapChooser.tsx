/**
 * Where highlights overlap, a click picks the innermost and this small menu
 * offers the others (clicking the same spot again also cycles through them).
 */
import { useEffect } from 'react';
import type { SessionSnapshot } from '../annotations/types';
import type { OverlapChoice } from '../hooks/use-annotator';
import { kindInfo } from '../lib/annotation-kinds';
import { truncateWords } from '../../../shared/text';

interface Props {
  choice: OverlapChoice;
  snapshot: SessionSnapshot;
  onPick(key: string): void;
  onClose(): void;
}

export function OverlapChooser({ choice, snapshot, onPick, onClose }: Props) {
  useEffect(() => {
    const key = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    const timer = setTimeout(onClose, 6000);
    window.addEventListener('keydown', key);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', key);
    };
  }, [choice, onClose]);
  return (
    <div className="overlap-chooser" style={{ left: choice.x + 8, top: choice.y + 14 }} role="menu" aria-label="Overlapping annotations" data-testid="overlap-chooser">
      <p className="overlap-title">{choice.keys.length} annotations here</p>
      {choice.keys.map((key) => {
        const a = snapshot.byKey.get(key)?.annotation;
        if (!a) return null;
        return (
          <button key={key} type="button" role="menuitemradio" aria-checked={key === choice.current} className={`overlap-item kind-${a.kind}`} onClick={() => onPick(key)}>
            <span className="kind-dot" aria-hidden="true" />
            <span className="overlap-kind">{kindInfo(a.kind).label}</span>
            <span className="overlap-quote">{truncateWords(a.target.quote.exact, 48)}</span>
          </button>
        );
      })}
    </div>
  );
}
