/** The footer of a dialog that asks for one action: Cancel, then the action (the default button). */
interface Props {
  label: string;
  disabled: boolean;
  onCancel(): void;
  onConfirm(): void;
  testId: string;
}

export function ConfirmFooter({ label, disabled, onCancel, onConfirm, testId }: Props) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="button button-primary" disabled={disabled} onClick={onConfirm} data-testid={testId}>
        {label}
      </button>
    </>
  );
}
