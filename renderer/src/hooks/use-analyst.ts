/**
 * Who is annotating. Until the analyst has chosen a display name (status
 * `analystNamed`) the welcome dialog asks; "Later" asks again next time,
 * because until then the API names annotations after the operating-system
 * account — also when the command line annotated first.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Analyst } from '../../../shared/model';
import type { Status } from './use-status';

export interface AnalystState {
  analyst: Analyst | undefined;
  welcomeOpen: boolean;
  saved(analyst: Analyst): void;
  later(): void;
}

export function useAnalyst(status: Status | undefined): AnalystState {
  const [analyst, setAnalyst] = useState<Analyst | undefined>(undefined);
  const [namedHere, setNamedHere] = useState(false);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (status?.analyst) setAnalyst(status.analyst);
  }, [status]);
  const saved = useCallback((a: Analyst) => {
    setAnalyst(a);
    setNamedHere(true);
    setAsked(true);
  }, []);
  const later = useCallback(() => setAsked(true), []);
  // Read straight from the status, not copied into state by an effect: a copy would lag one render,
  // and for that render the welcome dialog would open (and take the keyboard) for a named analyst.
  const named = namedHere || Boolean(status?.analystNamed);
  const welcomeOpen = Boolean(status) && !status?.readOnly && !named && !asked;
  return { analyst, welcomeOpen, saved, later };
}
