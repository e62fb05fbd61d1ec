/**
 * `editable: () => false` stops typing, but drag-and-drop and some paste paths
 * can still dispatch document changes. The text is evidence: refuse any
 * transaction that would alter it (selection changes still pass).
 */
import { Plugin, PluginKey } from 'prosemirror-state';

export const readOnlyGuardKey = new PluginKey('read-only-guard');

export function readOnlyGuard(): Plugin {
  return new Plugin({
    key: readOnlyGuardKey,
    filterTransaction: (tr) => !tr.docChanged,
  });
}
