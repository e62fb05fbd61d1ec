import type { Code } from '../../../shared/model';
import { shortcutLabel } from '../lib/codebook';
import type { TreeRow } from '../lib/codebook-tree';

interface Props {
  rows: readonly TreeRow[];
  usage: Readonly<Record<string, number>>;
  selected: string | undefined;
  onSelect(path: string): void;
}

/** The codebook as an indented list: swatch, label, path, group, key and how often each code is used. */
export function CodeTree({ rows, usage, selected, onSelect }: Props) {
  const move = (from: string, delta: number) => {
    const i = rows.findIndex((r) => r.code.path === from);
    const next = rows[Math.max(0, Math.min(rows.length - 1, i + delta))];
    if (!next) return;
    onSelect(next.code.path);
    document.getElementById(`code-${next.code.path}`)?.focus();
  };
  let lastGroup: Code['group'] | undefined;
  return (
    <ul className="code-tree" aria-label="Codes" data-testid="code-tree">
      {rows.map(({ code, depth }) => {
        const heading = depth === 0 && code.group !== lastGroup ? code.group : undefined;
        if (depth === 0) lastGroup = code.group;
        return (
          <li key={code.path}>
            {heading && <p className="code-tree-group">{heading === 'bias-cue' ? 'Bias cues' : 'Tags'}</p>}
            <button
              id={`code-${code.path}`}
              type="button"
              className="code-row"
              style={{ paddingLeft: 10 + depth * 18 }}
              aria-current={code.path === selected || undefined}
              onClick={() => onSelect(code.path)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  e.preventDefault();
                  move(code.path, e.key === 'ArrowDown' ? 1 : -1);
                }
              }}
              data-testid="code-row"
              data-path={code.path}
            >
              <span className="code-swatch" style={{ background: code.color }} aria-hidden="true" />
              <span className="code-row-text">
                <span className="code-row-label">{code.label}</span>
                <span className="code-row-path">{code.path}</span>
              </span>
              {code.shortcut && <kbd className="code-key">{shortcutLabel(code.shortcut)}</kbd>}
              <span className="code-row-usage" title={`Used on ${usage[code.path] ?? 0} annotations`} data-testid="code-usage">
                {usage[code.path] ?? 0}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
