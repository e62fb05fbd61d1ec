/**
 * Sharing: a signed `.gloss` bundle for colleagues who use Gloss, or W3C Web
 * Annotation JSON-LD for other tools — and the way in for what colleagues and
 * other tools send back.
 */
import { useState } from 'react';
import type { SourceSummary } from '../../../shared/api';
import type { ArticleMeta } from '../../../shared/model';
import type { ShareTab } from '../hooks/use-sharing';
import { initialScope, type ScopeChoice } from '../lib/report-scope';
import { BundleExportPanel } from './BundleExportPanel';
import { Dialog } from './Dialog';
import { W3CExportPanel } from './W3CExportPanel';

interface Props {
  tab: ShareTab;
  articles: readonly ArticleMeta[];
  sources: readonly SourceSummary[];
  open?: { id: string; title: string } | undefined;
  onOpenBundle(): void;
  onImportW3C(): void;
  onClose(): void;
}

const TABS: Array<{ value: ShareTab; label: string }> = [
  { value: 'bundle', label: 'Bundle for colleagues (.gloss)' },
  { value: 'w3c', label: 'W3C Web Annotation (JSON-LD)' },
];

export function ShareDialog({ tab: initialTab, articles, sources, open, onOpenBundle, onImportW3C, onClose }: Props) {
  const [tab, setTab] = useState<ShareTab>(initialTab);
  // One scope for both tabs: switching format should not lose the articles ticked.
  const [scope, setScope] = useState<ScopeChoice>(() => initialScope(open?.id));
  const [busy, setBusy] = useState(false);
  const common = { scope, onScope: setScope, articles, sources, openTitle: open?.title, onBusy: setBusy };
  return (
    <Dialog title="Share" description="Hand your annotations on. Nothing in your library changes." onClose={onClose} dismissible={!busy} size="large" testId="share-dialog">
      <div className="share-tabs" role="tablist" aria-label="What to share">
        {TABS.map((t) => (
          <button
            key={t.value}
            type="button"
            role="tab"
            id={`share-tab-${t.value}`}
            aria-selected={tab === t.value}
            aria-controls={`share-panel-${t.value}`}
            className="share-tab"
            disabled={busy}
            onClick={() => setTab(t.value)}
            data-testid={`share-tab-${t.value}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`share-panel-${tab}`} aria-labelledby={`share-tab-${tab}`} className="share-panel">
        {tab === 'bundle' ? <BundleExportPanel {...common} onOpenBundle={onOpenBundle} /> : <W3CExportPanel {...common} onImport={onImportW3C} />}
      </div>
    </Dialog>
  );
}
