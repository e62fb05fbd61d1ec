/** The report format, as a segmented choice with a word on what each is for. */
import type { ReportFormat } from './ReportOptionsFields';

const FORMATS: Array<{ value: ReportFormat; label: string; hint: string }> = [
  { value: 'pdf', label: 'PDF', hint: 'Paged briefing, to print or send' },
  { value: 'html', label: 'HTML', hint: 'One web page, same layout' },
  { value: 'markdown', label: 'Markdown', hint: 'Plain text for editing' },
  { value: 'csv', label: 'CSV', hint: 'One row per annotation' },
];

export function FormatPicker({ value, onChange }: { value: ReportFormat; onChange(next: ReportFormat): void }) {
  return (
    <fieldset className="format-picker">
      <legend className="field-label">Format</legend>
      <div className="format-options">
        {FORMATS.map((f) => (
          <label key={f.value} className={`format-option${value === f.value ? ' is-chosen' : ''}`}>
            <input type="radio" name="report-format" className="visually-hidden" checked={value === f.value} onChange={() => onChange(f.value)} data-testid={`format-${f.value}`} />
            <span className="format-option-label">{f.label}</span>
            <span className="format-option-hint">{f.hint}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
