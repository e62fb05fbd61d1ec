/** First run: who is annotating? The name travels with every annotation, report and bundle. */
import type { Analyst } from '../../../shared/model';
import { AnalystNameForm } from './AnalystNameForm';
import { Dialog } from './Dialog';

interface Props {
  onSaved(analyst: Analyst): void;
  onLater(): void;
}

export function WelcomeDialog({ onSaved, onLater }: Props) {
  return (
    <Dialog
      title="Welcome to Gloss"
      description="Your name goes on the annotations you make, so colleagues who receive your bundles and reports know whose judgement they read."
      onClose={onLater}
      size="small"
      testId="welcome-dialog"
    >
      <AnalystNameForm
        initial=""
        submitLabel="Start annotating"
        onSaved={onSaved}
        hint="You can change it later in Preferences."
        secondary={
          <button type="button" className="button button-quiet" onClick={onLater}>
            Later
          </button>
        }
      />
    </Dialog>
  );
}
