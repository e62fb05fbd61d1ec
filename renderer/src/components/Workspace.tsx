/**
 * The main window: top bar, library sidebar, reader, annotation panel, and the
 * dialogs and overlays on top. State lives in hooks; this file wires them
 * together and routes keyboard shortcuts and events from main.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiEvent, SearchHit } from '../../../shared/api';
import type { Analyst } from '../../../shared/model';
import { api } from '../api/client';
import { flushStoredChanges, setSessionErrorSink } from '../annotations/registry';
import { useAnalyst } from '../hooks/use-analyst';
import { useAnnotator } from '../hooks/use-annotator';
import { useApiEvents } from '../hooks/use-api-events';
import { useArticle } from '../hooks/use-article';
import { useArticleActions } from '../hooks/use-article-actions';
import { useCodebookLoader } from '../hooks/use-codebook';
import { useFileDrop } from '../hooks/use-file-drop';
import { useImport } from '../hooks/use-import';
import { useJudgementViews } from '../hooks/use-judgement-views';
import { useKeyboardShortcuts } from '../hooks/use-keyboard-shortcuts';
import { useLibrary } from '../hooks/use-library';
import { useLibraryNavigation } from '../hooks/use-library-navigation';
import { usePersistentState } from '../hooks/use-persistent-state';
import { useReimport } from '../hooks/use-reimport';
import { useSharing } from '../hooks/use-sharing';
import { useStatus } from '../hooks/use-status';
import type { ThemePreference } from '../hooks/use-theme';
import { useToasts } from '../hooks/use-toasts';
import { useUndo, type HistoryPlace } from '../hooks/use-undo';
import { showOrphans } from '../hooks/use-reattach';
import { installBench } from '../lib/bench';
import type { CardActions } from './AnnotationCard';
import { JudgementViews } from './JudgementViews';
import { SidePanel } from './SidePanel';
import { ViewSwitch } from './ViewSwitch';
import { DropOverlay } from './DropOverlay';
import { HiddenFilePicker } from './HiddenFilePicker';
import { WorkspaceDialogs, type DialogState } from './WorkspaceDialogs';
import { LibraryEmpty } from './LibraryEmpty';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { ReaderPane } from './ReaderPane';
import { RecoveryBanner } from './RecoveryBanner';
import { SharingDialogs } from './SharingDialogs';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';

const ACCEPT = '.txt,.md,.markdown,.html,.htm';
/** Whose history Ctrl/Cmd+Z works on in each view. */
const HISTORY_PLACE: Partial<Record<string, HistoryPlace>> = { library: 'article', sources: 'outlets', compare: 'compare' };
const isColorBy = (v: unknown): v is 'kind' | 'tag' => v === 'kind' || v === 'tag';

interface Props {
  theme: ThemePreference;
  onTheme(theme: ThemePreference): void;
}

export function Workspace({ theme, onTheme }: Props) {
  const toasts = useToasts();
  const status = useStatus();
  const analyst = useAnalyst(status);
  const library = useLibrary();
  const nav = useLibraryNavigation(library.rows);
  const article = useArticle(nav.selectedId);
  // Its callbacks run on undo, long after `actions` and `annotator` below exist.
  const undo = useUndo({
    articleId: nav.selectedId,
    toasts,
    onAnnotation: (_id, key) => annotator.focus(key, { reveal: true }),
    onArticle: (id, deleted) => actions.articleChanged(id, deleted),
  });
  const actions = useArticleActions(library, nav, article, toasts, undo);
  const annotator = useAnnotator(nav.selectedId, analyst.analyst, toasts, undo);
  const loadCodebook = useCodebookLoader();
  const [dialog, setDialog] = useState<DialogState>({ type: 'none' });
  const [colorBy, setColorBy] = usePersistentState<'kind' | 'tag'>('gloss.colorBy', 'kind', isColorBy);
  const fileInput = useRef<HTMLInputElement>(null);
  const versionInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const painted = useRef<string | undefined>(undefined);

  const { refresh, articles } = library;
  const { select } = nav;
  const { session } = annotator;
  const flow = useImport(library.sources, (firstId) => {
    void refresh().then(() => firstId && select(firstId));
  });
  const reimport = useReimport(toasts, () => {
    article.reload();
    void session?.load();
  });
  const sharing = useSharing(toasts);
  const modalOpen = flow.state.phase !== 'idle' || dialog.type !== 'none' || analyst.welcomeOpen || Boolean(reimport.result) || sharing.active;
  const views = useJudgementViews(modalOpen, select, annotator.requestReveal);
  // Claims and Codebook have no history of their own yet: Ctrl/Cmd+Z there undoes nothing rather than an article's change.
  const historyPlace = HISTORY_PLACE[views.view];

  useEffect(() => {
    setSessionErrorSink((message) => toasts.show({ kind: 'error', message: 'Not saved', detail: message }));
    flushStoredChanges();
  }, [toasts]);

  const openPicker = useCallback(() => fileInput.current?.click(), []);
  const focusSearch = useCallback(() => {
    searchInput.current?.focus();
    searchInput.current?.select();
  }, []);
  // Dropped .gloss bundles go to their preview, articles to the import.
  const dragging = useFileDrop((files) => flow.start(sharing.routeFiles(files)), flow.state.phase === 'idle' && dialog.type === 'none' && !sharing.active);

  // An article deleted elsewhere (CLI, another window) closes here too.
  useEffect(() => {
    if (nav.selectedId && library.loaded && !articles.some((a) => a.id === nav.selectedId)) select(undefined);
  }, [articles, library.loaded, nav.selectedId, select]);

  const openTitle = article.data?.article.title;
  useEffect(() => {
    document.title = openTitle ? `${openTitle} — Gloss` : 'Gloss';
  }, [openTitle]);

  const latest = useRef({ session, select, reloadArticle: article.reload });
  latest.current = { session, select, reloadArticle: article.reload };
  useEffect(
    () =>
      installBench({
        open: (id) => latest.current.select(id),
        session: () => latest.current.session,
        painted: () => painted.current,
        root: () => document.querySelector('.reader-text'),
      }),
    [],
  );

  const eventTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useApiEvents((event: ApiEvent) => {
    switch (event.type) {
      case 'library-changed':
        clearTimeout(eventTimer.current);
        eventTimer.current = setTimeout(() => {
          void refresh();
          // The article open when the timer fires, not the one open when the event came.
          latest.current.reloadArticle();
          void latest.current.session?.load();
          loadCodebook();
        }, 250);
        return;
      case 'theme':
        return onTheme(event.theme);
      case 'command':
        if (event.command === 'undo' || event.command === 'redo') return undo.fromMenu(event.command, modalOpen ? undefined : historyPlace);
        if (modalOpen) return;
        if (event.command === 'import') openPicker();
        else if (event.command === 'show-shortcuts') setDialog({ type: 'help' });
        else if (event.command === 'focus-search') focusSearch();
        else if (event.command === 'next-article' || event.command === 'previous-article') nav.move(event.command === 'next-article' ? 1 : -1);
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

  const openHit = useCallback(
    (hit: SearchHit) => {
      setDialog({ type: 'none' });
      select(hit.articleId);
      const range = hit.start !== undefined && hit.end !== undefined && hit.end > hit.start ? { start: hit.start, end: hit.end } : undefined;
      annotator.requestReveal({ articleId: hit.articleId, range, annotationId: hit.annotationId });
    },
    [select, annotator],
  );

  useKeyboardShortcuts(
    {
      next: () => nav.move(1),
      previous: () => nav.move(-1),
      open: nav.openCursor,
      focusSearch,
      importFiles: openPicker,
      showHelp: () => setDialog({ type: 'help' }),
      undo: () => historyPlace && undo.fromKey('undo', historyPlace),
      redo: () => historyPlace && undo.fromKey('redo', historyPlace),
      searchLibrary: () => setDialog({ type: 'search' }),
      focusText: () => annotator.handle.current?.focusText(),
    },
    modalOpen,
  );

  const cardActions = useMemo<CardActions>(
    () => ({
      focus: annotator.focus,
      update: annotator.update,
      flush: annotator.flush,
      remove: annotator.remove,
      retry: (key) => session?.retry(key),
      reattach: annotator.reattach,
    }),
    [annotator.focus, annotator.update, annotator.flush, annotator.remove, annotator.reattach, session],
  );

  const open = article.data && article.data.article.id === nav.selectedId ? article.data : undefined;
  const authors = useMemo(() => {
    const seen = new Map<string, Analyst>();
    if (analyst.analyst) seen.set(analyst.analyst.id, analyst.analyst);
    for (const e of annotator.snapshot.anchored) if (!seen.has(e.annotation.author.id)) seen.set(e.annotation.author.id, e.annotation.author);
    return [...seen.values()].filter((a) => a.id !== 'pending');
  }, [analyst.analyst, annotator.snapshot]);
  const empty = library.loaded && library.articles.length === 0;
  return (
    <>
      <div className={`app${open ? ' app-with-panel' : ''}`} inert={modalOpen}>
        <TopBar
          theme={theme}
          onTheme={chooseTheme}
          onImport={openPicker}
          onHelp={() => setDialog({ type: 'help' })}
          onSearch={() => setDialog({ type: 'search' })}
          onPreferences={() => setDialog({ type: 'preferences' })}
          nav={<ViewSwitch view={views.view} onView={views.setView} />}
          onExport={sharing.openExport}
          onShare={() => sharing.openShare()}
        />
        {status && status.recoveries.length > 0 && <RecoveryBanner recoveries={status.recoveries} dataDir={status.dataDir} />}
        {status?.readOnly && <ReadOnlyBanner dataDir={status.dataDir} />}
        <div className="workspace" hidden={views.view !== 'library'}>
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
              annotator={annotator}
              colorBy={colorBy}
              onEdit={() => setDialog({ type: 'edit' })}
              onDelete={() => void actions.deleteOpen()}
              onImportVersion={() => versionInput.current?.click()}
              onViewRevision={(index) => setDialog({ type: 'revision', index })}
              onRestoreBlock={actions.restoreBlock}
              onError={(e) => toasts.error(e, 'Could not copy')}
              onPainted={(id) => (painted.current = id)}
              onExportReport={sharing.openExport}
            />
          )}
          {open && (
            <SidePanel articleId={open.article.id} annotator={annotator} toasts={toasts} undo={undo} actions={cardActions} colorBy={colorBy} onColorBy={setColorBy} />
          )}
        </div>
        {views.view !== 'library' && <JudgementViews view={views.view} library={library} toasts={toasts} undo={undo} onOpen={views.openAt} />}
      </div>
      <HiddenFilePicker ref={fileInput} multiple accept={ACCEPT} testId="file-input" onFiles={(files) => flow.start(sharing.routeFiles(files))} />
      <HiddenFilePicker
        ref={versionInput}
        accept={ACCEPT}
        testId="version-input"
        onFiles={([file]) => file && open && void reimport.run(open.article.id, open.article.title, file)}
      />
      <WorkspaceDialogs
        dialog={dialog}
        setDialog={setDialog}
        flow={flow}
        library={library}
        open={open}
        analyst={analyst}
        reimport={reimport}
        onHit={openHit}
        authors={authors}
        onSaved={(meta) => {
          setDialog({ type: 'none' });
          actions.saved(meta);
        }}
        onShowOrphans={showOrphans}
      />
      <SharingDialogs sharing={sharing} articles={library.articles} sources={library.sources} open={open && { id: open.article.id, title: open.article.title }} />
      {dragging && <DropOverlay />}
    </>
  );
}
