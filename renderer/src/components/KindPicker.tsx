import type { AnnotationKind } from '../../../shared/model';
import { KINDS } from '../lib/annotation-kinds';

interface Props {
  value?: AnnotationKind | undefined;
  onChoose(kind: AnnotationKind): void;
  /** Show each kind's key: letters before a kind is chosen, digits after (letters then pick cues). */
  keys?: 'letters' | 'digits' | 'none';
  label?: string;
}

/** The eight annotation kinds as a row of buttons, each in its kind's colour. */
export function KindPicker({ value, onChoose, keys = 'none', label = 'Kind' }: Props) {
  return (
    <div className="kind-picker" role="group" aria-label={label} data-testid="kind-picker">
      {KINDS.map((k) => {
        const key = keys === 'letters' ? k.letter : keys === 'digits' ? k.digit : undefined;
        return (
          <button
            key={k.kind}
            type="button"
            className={`kind-option kind-${k.kind}`}
            aria-pressed={value === k.kind}
            title={`${k.label} — ${k.hint} (${k.digit}${k.letter !== k.digit ? ` or ${k.letter}` : ''})`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChoose(k.kind)}
            data-testid={`kind-${k.kind}`}
          >
            <span className="kind-dot" aria-hidden="true" />
            {k.label}
            {key && <kbd className="kind-key">{key}</kbd>}
          </button>
        );
      })}
    </div>
  );
}
