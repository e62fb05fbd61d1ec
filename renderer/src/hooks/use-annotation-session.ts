/** The open article's annotation session, and React's view of it (a snapshot that changes only when the session does). */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Analyst } from '../../../shared/model';
import { openSession, releaseSession } from '../annotations/registry';
import type { AnnotationSession } from '../annotations/session';
import type { SessionSnapshot } from '../annotations/types';

export function useAnnotationSession(articleId: string | undefined, author: Analyst | undefined): AnnotationSession | undefined {
  const [session, setSession] = useState<AnnotationSession | undefined>(undefined);
  useEffect(() => {
    if (!articleId) {
      setSession(undefined);
      return;
    }
    const s = openSession(articleId);
    setSession(s);
    void s.load();
    return () => releaseSession(s);
  }, [articleId]);
  useEffect(() => {
    if (session) session.author = author;
  }, [session, author]);
  return session?.articleId === articleId ? session : undefined;
}

const EMPTY: SessionSnapshot = { version: -1, loaded: false, anchored: [], orphans: [], byKey: new Map(), keyOfId: new Map() };
const noSubscribe = () => () => {};
const emptySnapshot = () => EMPTY;

export function useSessionSnapshot(session: AnnotationSession | undefined): SessionSnapshot {
  return useSyncExternalStore(session?.subscribe ?? noSubscribe, session?.getSnapshot ?? emptySnapshot);
}
