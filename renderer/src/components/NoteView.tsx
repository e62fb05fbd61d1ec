import { memo } from 'react';
import { renderMarkdown } from '../lib/markdown';

/** A note rendered from Markdown; the HTML is DOMPurify's output (lib/markdown.ts), never the raw note. */
export const NoteView = memo(function NoteView({ note }: { note: string }) {
  return <div className="note-view" data-testid="note-view" dangerouslySetInnerHTML={{ __html: renderMarkdown(note) }} />;
});
