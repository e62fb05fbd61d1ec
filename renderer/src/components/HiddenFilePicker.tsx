/** A hidden file input opened by a button or a shortcut; it forgets the pick so the same file can be chosen again. */
import type { Ref } from 'react';

interface Props {
  ref: Ref<HTMLInputElement>;
  accept: string;
  multiple?: boolean;
  testId: string;
  onFiles(files: File[]): void;
}

export function HiddenFilePicker({ ref, accept, multiple, testId, onFiles }: Props) {
  return (
    <input
      ref={ref}
      type="file"
      multiple={multiple}
      accept={accept}
      hidden
      data-testid={testId}
      onChange={(e) => {
        const files = Array.from(e.target.files ?? []);
        e.target.value = '';
        onFiles(files);
      }}
    />
  );
}
