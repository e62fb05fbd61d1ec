import { memo } from 'react';
import type { RevisionDiff } from '../../../shared/revision-diff';

/** A word diff as text: insertions and deletions marked with <ins>/<del> (colour and a line, so not by colour alone). */
export const DiffView = memo(function DiffView({ diff }: { diff: RevisionDiff }) {
  return (
    <div className="diff-view" data-testid="diff-view">
      {diff.paragraphs.map((segments, i) => (
        <p key={i}>
          {segments.map((s, j) =>
            s.type === 'insert' ? (
              <ins key={j} className="diff-ins">
                {s.text}
              </ins>
            ) : s.type === 'delete' ? (
              <del key={j} className="diff-del">
                {s.text}
              </del>
            ) : (
              <span key={j}>{s.text}</span>
            ),
          )}
        </p>
      ))}
    </div>
  );
});
