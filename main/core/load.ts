/** Reading an article's file for an operation, with the error a user sees when it is not there. */
import type { ArticleFile } from '../../shared/model';
import { UserError } from '../../shared/result';
import type { Store } from '../store/store';

export async function loadArticle(store: Store, id: string): Promise<ArticleFile> {
  const shard = store.library.articles.some((a) => a.id === id) ? await store.readArticle(id) : undefined;
  if (!shard) throw new UserError(`No article with id ${id}.`, 'not_found');
  return shard;
}
