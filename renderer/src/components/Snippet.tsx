import { snippetRuns } from '../lib/snippet';

/** A search snippet with the matched words emphasised; plain text throughout. */
export function Snippet({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <span className="snippet">
      {snippetRuns(text, terms).map((run, i) => (run.match ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}
    </span>
  );
}
