/** Choosing one outlet for a scope (export, share, compare), with its article count. */
import type { SourceSummary } from '../../../shared/api';
import { plural } from '../lib/format';

interface Props {
  outlets: readonly SourceSummary[];
  value: string | undefined;
  onChange(outletId: string | undefined): void;
  className: string;
  testId: string;
  /** Takes focus when its dialog opens. */
  autoFocus?: boolean;
}

export function OutletSelect({ outlets, value, onChange, className, testId, autoFocus }: Props) {
  return (
    <select className={`input ${className}`} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)} aria-label="Outlet" data-testid={testId} data-autofocus={autoFocus || undefined}>
      <option value="">Choose an outlet…</option>
      {outlets.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name} ({plural(s.articleCount, 'article')})
        </option>
      ))}
    </select>
  );
}
