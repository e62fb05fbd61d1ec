import { THEME_PREFERENCES, type ThemePreference } from '../hooks/use-theme';
import { Icon, type IconName } from './Icon';

const LABELS: Record<ThemePreference, { label: string; icon: IconName }> = {
  system: { label: 'Match system theme', icon: 'monitor' },
  light: { label: 'Light theme', icon: 'sun' },
  dark: { label: 'Dark theme', icon: 'moon' },
};

export function ThemeSwitch({ value, onChange }: { value: ThemePreference; onChange(value: ThemePreference): void }) {
  return (
    <div className="segmented" role="radiogroup" aria-label="Theme" data-testid="theme-switch">
      {THEME_PREFERENCES.map((p) => (
        <button
          key={p}
          type="button"
          role="radio"
          aria-checked={value === p}
          aria-label={LABELS[p].label}
          title={LABELS[p].label}
          className="segmented-item"
          data-testid={`theme-${p}`}
          onClick={() => onChange(p)}
        >
          <Icon name={LABELS[p].icon} size={15} />
        </button>
      ))}
    </div>
  );
}
