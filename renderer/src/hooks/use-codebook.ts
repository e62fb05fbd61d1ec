/** Loads the library's codebook (and reloads it when the library changes); components re-render when it arrives. */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { api } from '../api/client';
import { codebookVersion, onCodebookChange, setCodebook } from '../lib/codebook';

export function useCodebookVersion(): number {
  return useSyncExternalStore(onCodebookChange, codebookVersion);
}

export function useCodebookLoader(): () => void {
  const load = useCallback(() => {
    // Without it the default codebook stays in use; nothing else depends on it.
    api.getCodebook({}).then((view) => setCodebook(view.codebook.codes), () => {});
  }, []);
  useEffect(load, [load]);
  return load;
}
