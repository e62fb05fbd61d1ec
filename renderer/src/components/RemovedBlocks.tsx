import { useState } from 'react';
import type { StrippedBlock } from '../../../shared/model';
import { truncateWords } from '../../../shared/text';
import { Icon } from './Icon';

interface Props {
  blocks: StrippedBlock[];
  onRestore(blockId: string): Promise<void>;
}

/** What the importer took out as boilerplate, so the analyst can judge (and undo) it. */
export function RemovedBlocks({ blocks, onRestore }: Props) {
  const [busy, setBusy] = useState<string | undefined>(undefined);
  if (blocks.length === 0) return null;
  const sorted = [...blocks].sort((a, b) => a.paragraphIndex - b.paragraphIndex);
  return (
    <details className="removed-blocks" data-testid="removed-blocks">
      <summary>
        <Icon name="chevron" size={14} className="disclosure-chevron" />
        Removed when importing ({blocks.length})
      </summary>
      <ul className="removed-list">
        {sorted.map((block) => (
          <li key={block.id} className="removed-item">
            <div className="removed-text">
              <span className="removed-reason">{block.reason}</span>
              <p className="removed-preview">{truncateWords(block.text.replace(/\n+/g, ' / '), 280)}</p>
            </div>
            <button
              type="button"
              className="button button-small"
              disabled={busy !== undefined}
              onClick={() => {
                setBusy(block.id);
                onRestore(block.id).finally(() => setBusy(undefined));
              }}
            >
              <Icon name="restore" size={14} />
              {busy === block.id ? 'Restoring…' : 'Restore'}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
