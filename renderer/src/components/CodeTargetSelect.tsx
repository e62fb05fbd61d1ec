import type { Code } from '../../../shared/model';
import { codeTree, isWithin } from '../lib/codebook-tree';

interface Props {
  codes: readonly Code[];
  /** The code being moved away from: it and its children cannot be the target. */
  exclude: string;
  value: string;
  onChange(path: string): void;
  testId: string;
}

/** Another code to merge into or reassign uses to, indented as in the tree. */
export function CodeTargetSelect({ codes, exclude, value, onChange, testId }: Props) {
  return (
    <select className="input code-target" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
      <option value="">Choose a code…</option>
      {codeTree(codes)
        .filter((r) => !isWithin(r.code.path, exclude))
        .map((r) => (
          <option key={r.code.path} value={r.code.path}>
            {'\u2003'.repeat(r.depth)}
            {r.code.label} ({r.code.path})
          </option>
        ))}
    </select>
  );
}
