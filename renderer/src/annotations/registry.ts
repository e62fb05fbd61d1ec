/**
 * One session per article for the whole window. Closing an article does not
 * end its session while changes are still on their way (a retry in progress
 * must not stop because the analyst opened another article); it ends once
 * they have all been acknowledged.
 */
import { api } from '../api/client';
import { localPendingStorage } from './pending-storage';
import { AnnotationSession } from './session';

const sessions = new Map<string, AnnotationSession>();
const users = new Map<string, number>();
let errorSink: (message: string) => void = () => {};
const storage = localPendingStorage();

export function setSessionErrorSink(sink: (message: string) => void): void {
  errorSink = sink;
}

export function openSession(articleId: string): AnnotationSession {
  let session = sessions.get(articleId);
  if (!session) {
    session = new AnnotationSession(articleId, { api, storage, onError: (m) => errorSink(m) });
    sessions.set(articleId, session);
  }
  users.set(articleId, (users.get(articleId) ?? 0) + 1);
  return session;
}

export function releaseSession(session: AnnotationSession): void {
  const id = session.articleId;
  const left = (users.get(id) ?? 1) - 1;
  users.set(id, left);
  const endWhenIdle = () => {
    if ((users.get(id) ?? 0) > 0 || sessions.get(id) !== session) return;
    if (session.hasPending()) {
      setTimeout(endWhenIdle, 5_000);
      return;
    }
    session.dispose();
    sessions.delete(id);
    users.delete(id);
  };
  if (left <= 0) setTimeout(endWhenIdle, 0);
}

/** Changes left unsaved by a window that closed or crashed are sent now, whichever article is opened. */
export function flushStoredChanges(): void {
  let keys: string[];
  try {
    keys = Object.keys(localStorage).filter((k) => k.startsWith('gloss.unsaved.'));
  } catch {
    return;
  }
  for (const k of keys) {
    const session = openSession(k.slice('gloss.unsaved.'.length));
    void session.load().finally(() => releaseSession(session));
  }
}
