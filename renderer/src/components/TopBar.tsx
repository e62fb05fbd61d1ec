import type { ReactNode } from 'react';
import type { ThemePreference } from '../hooks/use-theme';
import { MOD_LABEL } from '../lib/platform';
import { Icon } from './Icon';
import { ThemeSwitch } from './ThemeSwitch';

interface Props {
  theme: ThemePreference;
  onTheme(theme: ThemePreference): void;
  onImport(): void;
  onHelp(): void;
  onSearch(): void;
  onPreferences(): void;
  /** The view switch (library, sources, claims, codebook), beside the brand. */
  nav?: ReactNode;
  onExport?(): void;
  onShare?(): void;
}

export function TopBar({ theme, onTheme, onImport, onHelp, onSearch, onPreferences, nav, onExport, onShare }: Props) {
  return (
    <header className="topbar">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <rect x="2" y="2" width="20" height="20" rx="6" />
          <path d="M7.5 9h9M7.5 12.5h9M7.5 16h5.5" />
        </svg>
        <span className="brand-name">Gloss</span>
      </div>
      {nav}
      <button
        type="button"
        className="topbar-search"
        onClick={onSearch}
        title={`Search the library (${MOD_LABEL}+K)`}
        aria-label="Search articles, quotes and notes"
        aria-keyshortcuts={MOD_LABEL === 'Ctrl' ? 'Control+K' : 'Meta+K'}
        data-testid="open-search"
      >
        <Icon name="search" size={15} />
        <span className="topbar-search-long" aria-hidden="true">
          Search articles, quotes and notes
        </span>
        <span className="topbar-search-short" aria-hidden="true">
          Search
        </span>
        <kbd>{MOD_LABEL}+K</kbd>
      </button>
      <div className="topbar-actions">
        {onExport && (
          <button type="button" className="button" onClick={onExport} data-testid="export-button" title={`Export a report (${MOD_LABEL}+E)`}>
            <Icon name="export" size={15} />
            <span className="topbar-label">Export…</span>
          </button>
        )}
        {onShare && (
          <button type="button" className="button" onClick={onShare} data-testid="share-button" title="Share a bundle or W3C annotations, or open what colleagues sent">
            <Icon name="share" size={15} />
            <span className="topbar-label">Share…</span>
          </button>
        )}
        <button type="button" className="button button-primary" onClick={onImport} data-testid="import-button" title={`Import files (${MOD_LABEL}+O)`}>
          <Icon name="import" size={15} />
          <span className="topbar-label">Import</span>
        </button>
        <ThemeSwitch value={theme} onChange={onTheme} />
        <button type="button" className="icon-button" onClick={onPreferences} aria-label="Preferences" title="Preferences" data-testid="preferences-button">
          <Icon name="settings" size={17} />
        </button>
        <button type="button" className="icon-button" onClick={onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" data-testid="help-button">
          <Icon name="help" size={17} />
        </button>
      </div>
    </header>
  );
}
