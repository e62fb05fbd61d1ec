/**
 * The suggestion lexicon being edited in Preferences: a local draft of the
 * analyst's copy, saved whole (the API checks every pattern and names the
 * entry it refuses) or reset to the built-in one.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Lexicon } from '../../../shared/model';
import { api } from '../api/client';
import { messageOf } from '../api/errors';

export interface LexiconEditor {
  draft: Lexicon | undefined;
  custom: boolean;
  dirty: boolean;
  error: string | undefined;
  saving: boolean;
  change(next: Lexicon): void;
  save(): Promise<boolean>;
  reset(): Promise<void>;
  revert(): void;
}

export function useLexicon(): LexiconEditor {
  const [saved, setSaved] = useState<Lexicon | undefined>(undefined);
  const [draft, setDraft] = useState<Lexicon | undefined>(undefined);
  const [custom, setCustom] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  const adopt = useCallback((r: { lexicon: Lexicon; custom: boolean }) => {
    setSaved(r.lexicon);
    setDraft(r.lexicon);
    setCustom(r.custom);
    setError(undefined);
  }, []);

  useEffect(() => {
    api.getLexicon({}).then(adopt, (e: unknown) => setError(messageOf(e)));
  }, [adopt]);

  const save = useCallback(async () => {
    if (!draft) return false;
    setSaving(true);
    try {
      adopt(await api.setLexicon({ lexicon: draft }));
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    } finally {
      setSaving(false);
    }
  }, [draft, adopt]);

  const reset = useCallback(async () => {
    setSaving(true);
    try {
      adopt(await api.resetLexicon({}));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  }, [adopt]);

  return {
    draft,
    custom,
    dirty: draft !== saved,
    error,
    saving,
    change: setDraft,
    save,
    reset,
    revert: () => {
      setDraft(saved);
      setError(undefined);
    },
  };
}
