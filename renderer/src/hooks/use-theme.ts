/**
 * Light / dark / system. The resolved theme is written to `<html data-theme>`
 * where the CSS custom properties switch; "system" follows the OS live.
 */
import { useEffect, useState } from 'react';
import { usePersistentState } from './use-persistent-state';

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];
export type ResolvedTheme = 'light' | 'dark';

const isPreference = (v: unknown): v is ThemePreference => THEME_PREFERENCES.includes(v as ThemePreference);
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function useTheme(): { preference: ThemePreference; resolved: ResolvedTheme; setPreference(p: ThemePreference): void } {
  const [preference, setPreference] = usePersistentState<ThemePreference>('gloss.theme', 'system', isPreference);
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches);

  useEffect(() => {
    const query = darkQuery();
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const resolved: ResolvedTheme = preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = resolved;
    root.style.colorScheme = resolved;
  }, [resolved]);

  return { preference, resolved, setPreference };
}

/** Called before the first render so the first paint already has the chosen theme. */
export function applyInitialTheme(): void {
  let preference: unknown = 'system';
  try {
    preference = localStorage.getItem('gloss.theme');
  } catch {
    // Storage disabled: follow the system.
  }
  const resolved = preference === 'light' || preference === 'dark' ? preference : darkQuery().matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = resolved;
  document.documentElement.style.colorScheme = resolved;
}
