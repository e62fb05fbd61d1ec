/**
 * Export a report: scope, format, a title and a summary for the cover, and
 * what to include. The export runs with a progress bar and can be cancelled;
 * the file is saved as a download (a native save dialog in the desktop app).
 */
import { useEffect, useState } from 'react';
import type { SourceSummary } from '../../../shared/api';
import type { ArticleMeta } from '../../../shared/model';
import { api } from '../api/client';
import { useExportReport } from '../hooks/use-export-report';
import { formatBytes } from '../lib/download';
import { plural } from '../lib/format';
import { IS_DESKTOP } from '../lib/platform';
import { initialScope, toReportScope, type ScopeChoice } from '../lib/report-scope';
import { Dialog } from './Dialog';
import { ExportProgress } from './ExportProgress';
import { FormatPicker } from './FormatPicker';
import { Icon } from './Icon';
import { DEFAULT_OPTIONS, describeOptions, ReportOptionsFields, toReportOptions, type OptionsState, type ReportFormat } from './ReportOptionsFields';
import { ScopeFields } from './ScopeFields';

interface Props {
  articles: readonly ArticleMeta[];
  sources: readonly SourceSummary[];
  open?: { id: string; title: string } | undefined;
  onClose(): void;
}

type AnalystCount = { id: string; name: string; annotations: number };

export function ExportDialog({ articles, sources, open, onClose }: Props) {
  const [scope, setScope] = useState<ScopeChoice>(() => initialScope(open?.id));
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [options, setOptions] = useState<OptionsState>(DEFAULT_OPTIONS);
  const [analysts, setAnalysts] = useState<AnalystCount[]>([]);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const exp = useExportReport();
  const { state } = exp;
  const running = state.phase === 'running';

  useEffect(() => {
    api.listAnalysts({}).then(setAnalysts, () => setAnalysts([]));
  }, []);

  const submit = () => {
    const chosen = toReportScope(scope);
    if (typeof chosen === 'string') return setProblem(chosen);
    setProblem(undefined);
    exp.run({
      scope: chosen,
      format,
      options: toReportOptions(options, format),
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(summary.trim() ? { summary: summary.trim() } : {}),
    });
  };

  if (state.phase === 'done') {
    return (
      <Dialog
        title="Report exported"
        onClose={onClose}
        size="small"
        testId="export-dialog"
        footer={
          <>
            <button type="button" className="button" onClick={exp.again} data-testid="export-another">
              Export another
            </button>
            <button type="button" className="button button-primary" onClick={onClose} data-autofocus data-testid="export-done">
              Done
            </button>
          </>
        }
      >
        <div className="export-done" role="status" data-testid="export-result">
          <Icon name="check" size={22} className="export-done-icon" />
          <div>
            <p className="export-done-name">{state.fileName}</p>
            <p className="field-hint">
              {state.pages !== undefined ? `${plural(state.pages, 'page')} · ` : ''}
              {formatBytes(state.bytes)} · {IS_DESKTOP ? 'saved where you chose' : 'saved as a download'}
            </p>
            <button type="button" className="button button-small export-done-again" onClick={state.save} data-testid="export-save-again">
              Save again
            </button>
          </div>
        </div>
      </Dialog>
    );
  }

  const error = problem ?? (state.phase === 'form' ? state.error : undefined);
  const notice = state.phase === 'form' ? state.notice : undefined;
  return (
    <Dialog
      title="Export report"
      description="A briefing for editors and readers: the articles with their highlights, notes, grades and cues."
      onClose={onClose}
      dismissible={!running}
      size="large"
      testId="export-dialog"
      footer={
        running ? (
          <>
            <ExportProgress progress={state.progress} cancelling={state.cancelling} />
            <button type="button" className="button" onClick={exp.cancel} disabled={state.cancelling} data-testid="export-cancel">
              Cancel
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
            <button type="button" className="button button-primary" onClick={submit} data-testid="export-run">
              Export {format === 'markdown' ? 'Markdown' : format.toUpperCase()}
            </button>
          </>
        )
      }
    >
      <div className={`export-form${running ? ' is-running' : ''}`} inert={running}>
        {error && (
          <p className="form-error" role="alert" data-testid="export-error">
            {error}
          </p>
        )}
        {notice && (
          <p className="form-notice" role="status" data-testid="export-notice">
            {notice}
          </p>
        )}
        <ScopeFields value={scope} onChange={setScope} articles={articles} sources={sources} openTitle={open?.title} />
        <FormatPicker value={format} onChange={setFormat} />
        <div className="export-texts">
          <div className="field">
            <label className="field-label" htmlFor="export-title">
              Title
            </label>
            <input
              id="export-title"
              className="input"
              value={title}
              maxLength={300}
              placeholder={scope.kind === 'article' && open ? open.title : 'Annotated report'}
              onChange={(e) => setTitle(e.target.value)}
              data-testid="export-title"
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="export-summary">
              Summary for the cover
            </label>
            <textarea
              id="export-summary"
              className="input textarea"
              rows={3}
              maxLength={20_000}
              value={summary}
              placeholder="What the reader should take away, in a few sentences."
              onChange={(e) => setSummary(e.target.value)}
              data-testid="export-summary"
            />
          </div>
        </div>
        <details className="export-options" data-testid="export-options">
          <summary>
            <Icon name="chevron" size={14} className="disclosure-chevron" />
            What to include
            <span className="export-options-now">{describeOptions(options, format)}</span>
          </summary>
          <ReportOptionsFields value={options} onChange={setOptions} format={format} analysts={analysts} disabled={running} />
        </details>
      </div>
    </Dialog>
  );
}
