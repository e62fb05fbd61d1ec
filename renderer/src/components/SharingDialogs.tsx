/**
 * The report and sharing dialogs of the main window, and the hidden picker
 * for .gloss bundles. Workspace mounts this once; useSharing holds the state.
 */
import { useMemo } from 'react';
import type { SourceSummary } from '../../../shared/api';
import type { ArticleMeta } from '../../../shared/model';
import type { Sharing } from '../hooks/use-sharing';
import { BundlePreviewDialog } from './BundlePreviewDialog';
import { ExportDialog } from './ExportDialog';
import { ShareDialog } from './ShareDialog';
import { W3CImportDialog } from './W3CImportDialog';

interface Props {
  sharing: Sharing;
  articles: readonly ArticleMeta[];
  sources: readonly SourceSummary[];
  /** The article open in the reader. */
  open?: { id: string; title: string } | undefined;
}

export function SharingDialogs({ sharing, articles, sources, open }: Props) {
  const { dialog, bundles } = sharing;
  const titles = useMemo(() => new Map(articles.map((a) => [a.id, a.title])), [articles]);
  const bundle = bundles[0];
  return (
    <>
      {dialog.type === 'export' && <ExportDialog articles={articles} sources={sources} open={open} onClose={sharing.close} />}
      {dialog.type === 'share' && (
        <ShareDialog
          tab={dialog.tab}
          articles={articles}
          sources={sources}
          open={open}
          onOpenBundle={() => {
            sharing.close();
            sharing.chooseBundle();
          }}
          onImportW3C={sharing.openW3CImport}
          onClose={sharing.close}
        />
      )}
      {dialog.type === 'w3c-import' && <W3CImportDialog articles={articles} initialFile={dialog.file} onClose={sharing.close} />}
      {/* A bundle's preview comes after any other of these dialogs: one modal at a time. */}
      {bundle && dialog.type === 'none' && <BundlePreviewDialog key={bundle.id} file={bundle.file} titles={titles} onClose={sharing.nextBundle} />}
      <input
        ref={sharing.bundleInput}
        type="file"
        accept=".gloss"
        multiple
        hidden
        data-testid="bundle-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          const rest = sharing.routeFiles(files);
          // Picked from the bundle picker with "All files": say why an article was not opened here.
          if (rest.length) sharing.notBundles(rest.map((f) => f.name));
        }}
      />
    </>
  );
}
