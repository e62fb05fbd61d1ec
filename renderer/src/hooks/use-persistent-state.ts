import { useCallback, useState } from 'react';

/** State mirrored in localStorage; values that fail `accept` (old versions, tampering) fall back to the default. */
export function usePersistentState<T extends string>(
  key: string,
  fallback: T,
  accept: (value: unknown) => value is T,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = localStorage.getItem(key);
      return accept(stored) ? stored : fallback;
    } catch {
      return fallback;
    }
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, next);
      } catch {
        // Storage may be full or disabled; the choice still holds for this session.
      }
    },
    [key],
  );
  return [value, set];
}
