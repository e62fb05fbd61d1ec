/**
 * The main window: top bar, library sidebar, reader, and the dialogs and
 * overlays on top. State lives in hooks; this file wires them together and
 * routes keyboard shortcuts and events from main.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiEvent } from '../../../shared/api';
import { api } from '../api/client';
import { useApiEvents } from '../hooks/use-api-events';
import { useArticle } from '../hooks/use-article';
import { useArticleActions } from '../hooks/use-article-actions';
import { useFileDrop } from '../hooks/use-file-drop';
import { useImport } from '../hooks/use-import';
import { useKeyboardShortcuts } from '../hooks/use-keyboard-shortcuts';
import { useLibrary } from '../hooks/use-library';
import { useLibraryNavigation } from '../hooks/use-library-navigation';
import { useStatus } from '../hooks/use-status';
import type { ThemePreference } from '../hooks/use-theme';
import { useToasts } from '../hooks/use-toasts';
import { DropOverlay } from './DropOverlay';
import { EditDetailsDialog } from './EditDetailsDialog';
import { ImportDialog } from './ImportDialog';
import { LibraryEmpty } from './LibraryEmpty';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { ReaderPane } from './ReaderPane';
import { RecoveryBanner } from './RecoveryBanner';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';

const ACCEPT = '.txt,.md,.markdown,.html,.htm';

interface Props {
  theme: ThemePreference;
  onTheme(theme: ThemePreference): void;
}

export function Workspace({ theme, onTheme }: Props) {
  const toasts = useToasts();
  const status = useStatus();
  const library = useLibrary();
  const nav = useLibraryNavigation(library.rows);
  const article = useArticle(nav.selectedId);
  const actions = useArticleActions(library, nav, article, toasts);
  const [editing, setEditing] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const { refresh, articles } = library;
  const { select } = nav;
  const flow = useImport(library.sources, (firstId) => {
    void refresh().then(() => firstId && select(firstId));
  });
  const modalOpen = flow.state.phase !== 'idle' || editing || helpOpen;

  const openPicker = useCallback(() => fileInput.current?.click(), []);
  const focusSearch = useCallback(() => {
    searchInput.current?.focus();
    searchInput.current?.select();
  }, []);
  const dragging = useFileDrop(flow.start, flow.state.phase === 'idle' && !editing);

  // An article deleted elsewhere (CLI, another window) closes here too.
  useEffect(() => {
    if (nav.selectedId && library.loaded && !articles.some((a) => a.id === nav.selectedId)) select(undefined);
  }, [articles, library.loaded, nav.selectedId, select]);

  const openTitle = article.data?.article.title;
  useEffect(() => {
    document.title = openTitle ? `${openTitle} — Gloss` : 'Gloss';
  }, [openTitle]);

  const eventTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useApiEvents((event: ApiEvent) => {
    switch (event.type) {
      case 'library-changed':
        clearTimeout(eventTimer.current);
        eventTimer.current = setTimeout(() => {
          void refresh();
          article.reload();
        }, 250);
        return;
      case 'theme':
        return onTheme(event.theme);
      case 'command':
        if (modalOpen) return;
        if (event.command === 'import') openPicker();
        else if (event.command === 'show-shortcuts') setHelpOpen(true);
        else if (event.command === 'focus-search') focusSearch();
        else nav.move(event.command === 'next-article' ? 1 : -1);
        return;
      case 'imported': {
        const ok = event.results.filter((r) => r.ok).length;
        const failed = event.results.filter((r) => !r.ok);
        toasts.show({
          kind: failed.length ? 'error' : 'success',
          message: `Imported ${ok} of ${event.results.length} ${event.results.length === 1 ? 'file' : 'files'}`,
          detail: failed.map((r) => `${r.name}: ${r.message}`).join('\n') || undefined,
        });
        void refresh();
        return;
      }
    }
  });

  // A choice made here is announced (the desktop menu's tick follows it); an announced one is only applied.
  const chooseTheme = (next: ThemePreference) => {
    onTheme(next);
    api.setTheme({ theme: next }).catch(() => {});
  };

  useKeyboardShortcuts(
    {
      next: () => nav.move(1),
      previous: () => nav.move(-1),
      open: nav.openCursor,
      focusSearch,
      importFiles: openPicker,
      showHelp: () => setHelpOpen(true),
      undo: toasts.undoLatest,
    },
    modalOpen,
  );

  const empty = library.loaded && library.articles.length === 0;
  return (
    <>
      <div className="app" inert={modalOpen}>
        <TopBar theme={theme} onTheme={chooseTheme} onImport={openPicker} onHelp={() => setHelpOpen(true)} />
        {status && status.recoveries.length > 0 && <RecoveryBanner recoveries={status.recoveries} dataDir={status.dataDir} />}
        {status?.readOnly && <ReadOnlyBanner dataDir={status.dataDir} />}
        <div className="workspace">
          <Sidebar
            loaded={library.loaded}
            total={library.articles.length}
            rows={nav.visible}
            query={nav.query}
            onQuery={nav.setQuery}
            sort={nav.sort}
            onSort={nav.setSort}
            searchRef={searchInput}
            cursorIndex={nav.cursorIndex}
            openId={nav.selectedId}
            focusRequest={nav.focusRequest}
            onActivate={nav.activate}
            onCursor={nav.setCursorIndex}
            onLeaveSearch={nav.enterList}
          />
          {empty ? (
            <main className="reader-pane reader-pane-empty">
              <LibraryEmpty onImport={openPicker} />
            </main>
          ) : (
            <ReaderPane
              selectedId={nav.selectedId}
              article={article}
              libraryCount={library.articles.length}
              onEdit={() => setEditing(true)}
              onDelete={() => void actions.deleteOpen()}
              onRestoreBlock={actions.restoreBlock}
              onError={(e) => toasts.error(e, 'Could not copy')}
            />
          )}
        </div>
      </div>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          flow.start(files);
        }}
      />
      <ImportDialog flow={flow} sources={library.sources} />
      {editing && article.data && (
        <EditDetailsDialog
          article={article.data.article}
          source={article.data.source}
          sources={library.sources}
          onClose={() => setEditing(false)}
          onSaved={(meta) => {
            setEditing(false);
            actions.saved(meta);
          }}
        />
      )}
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
      {dragging && <DropOverlay />}
    </>
  );
}
