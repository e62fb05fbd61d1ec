import type { Analyst } from '../../../shared/model';
import { AnalystNameForm } from './AnalystNameForm';
import { Dialog } from './Dialog';
import { IdentitySection } from './IdentitySection';
import { LexiconSection } from './LexiconSection';

interface Props {
  analyst: Analyst | undefined;
  onSaved(analyst: Analyst): void;
  onClose(): void;
}

export function PreferencesDialog({ analyst, onSaved, onClose }: Props) {
  return (
    <Dialog title="Preferences" onClose={onClose} size="medium" testId="preferences-dialog">
      <AnalystNameForm
        initial={analyst?.name ?? ''}
        submitLabel="Save"
        onSaved={onSaved}
        hint="Shown on your annotations. Annotations you already made keep the name they were made under."
        secondary={
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        }
      />
      <LexiconSection />
      <IdentitySection />
    </Dialog>
  );
}
