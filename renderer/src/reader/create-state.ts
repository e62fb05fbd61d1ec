import { EditorState } from 'prosemirror-state';
import { buildDoc } from './build-doc';
import { readerPlugins } from './plugins';

export function createReaderState(articleId: string, text: string): EditorState {
  return EditorState.create({ doc: buildDoc(text), plugins: readerPlugins({ articleId, text }) });
}
