import { EditorState } from 'prosemirror-state';
import { paragraphStarts } from '../../../shared/text';
import { buildDoc } from './build-doc';
import { readerPlugins, type ReaderHooks } from './plugins';

export function createReaderState(articleId: string, text: string, hooks?: () => ReaderHooks | undefined): EditorState {
  return EditorState.create({ doc: buildDoc(text), plugins: readerPlugins({ articleId, text, starts: paragraphStarts(text), hooks }) });
}
