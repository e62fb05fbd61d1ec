/** Every dialog the main window can show; at most one of them (plus the import flow) at a time. */
import type { SearchHit } from '../../../shared/api';
import type { Analyst, ArticleMeta } from '../../../shared/model';
import type { AnalystState } from '../hooks/use-analyst';
import type { LoadedArticle } from '../hooks/use-article';
import type { ImportFlow } from '../hooks/use-import';
import type { Library } from '../hooks/use-library';
import type { Reimport } from '../hooks/use-reimport';
import { EditDetailsDialog } from './EditDetailsDialog';
import { ImportDialog } from './ImportDialog';
import { PreferencesDialog } from './PreferencesDialog';
import { ReanchorSummaryDialog } from './ReanchorSummaryDialog';
import { RevisionDialog } from './RevisionDialog';
import { SearchPalette } from './SearchPalette';
import { ShortcutsDialog } from './ShortcutsDialog';
import { WelcomeDialog } from './WelcomeDialog';

export type DialogState =
  | { type: 'none' }
  | { type: 'help' }
  | { type: 'edit' }
  | { type: 'search' }
  | { type: 'preferences' }
  | { type: 'revision'; index: number };

interface Props {
  dialog: DialogState;
  setDialog(next: DialogState): void;
  flow: ImportFlow;
  library: Library;
  open: LoadedArticle | undefined;
  analyst: AnalystState;
  reimport: Reimport;
  authors: readonly Analyst[];
  onHit(hit: SearchHit): void;
  onSaved(meta: ArticleMeta): void;
  onShowOrphans(): void;
}

export function WorkspaceDialogs({ dialog, setDialog, flow, library, open, analyst, reimport, authors, onHit, onSaved, onShowOrphans }: Props) {
  const close = () => setDialog({ type: 'none' });
  const result = reimport.result;
  return (
    <>
      <ImportDialog flow={flow} sources={library.sources} />
      {dialog.type === 'edit' && open && (
        <EditDetailsDialog article={open.article} source={open.source} sources={library.sources} onClose={close} onSaved={onSaved} />
      )}
      {dialog.type === 'help' && <ShortcutsDialog onClose={close} />}
      {dialog.type === 'search' && <SearchPalette sources={library.sources} authors={authors} onOpen={onHit} onClose={close} />}
      {dialog.type === 'preferences' && (
        <PreferencesDialog
          analyst={analyst.analyst}
          onClose={close}
          onSaved={(a) => {
            analyst.saved(a);
            close();
          }}
        />
      )}
      {dialog.type === 'revision' && open && <RevisionDialog article={open.article} index={dialog.index} onClose={close} />}
      {analyst.welcomeOpen && <WelcomeDialog onSaved={analyst.saved} onLater={analyst.later} />}
      {result && dialog.type === 'none' && (
        <ReanchorSummaryDialog
          title={result.title}
          summary={result.reanchor}
          status={result.status}
          onClose={reimport.dismiss}
          onShowOrphans={() => {
            reimport.dismiss();
            setTimeout(onShowOrphans, 50);
          }}
          onCompare={() => {
            reimport.dismiss();
            if (open && open.article.revisions.length > 0) setDialog({ type: 'revision', index: open.article.revisions.length - 1 });
          }}
        />
      )}
    </>
  );
}
