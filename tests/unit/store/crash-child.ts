/**
 * Child process for the crash test: saves in a tight loop and reports each
 * save only after it completed. The parent kills it with SIGKILL at a random
 * moment and checks that nothing reported as saved was lost.
 */
import { SCHEMA_VERSION, type ArticleFile } from '../../../shared/model';
import { contentHash } from '../../../shared/text';
import { newSource } from '../../../main/core/sources';
import { Store } from '../../../main/store/store';

const dir = process.argv[2];
if (!dir) throw new Error('usage: crash-child DIR');
const store = await Store.open(dir, { purpose: 'crash test' });
let n = store.library.sources.length;
const outlet = store.library.sources[0]?.id ?? newSource('seed').id;
for (;;) {
  n++;
  if (n % 2 === 0) {
    const text = `Article number ${n}.\n\n${'Body text. '.repeat(200)}`;
    const now = new Date().toISOString();
    const file: ArticleFile = {
      schemaVersion: SCHEMA_VERSION,
      article: {
        schemaVersion: SCHEMA_VERSION,
        id: `a${n}`,
        title: `Article ${n}`,
        outlet,
        importedAt: now,
        modifiedAt: now,
        contentHash: contentHash(text),
        tags: [],
        wordCount: 201,
        excerpt: `Article number ${n}.`,
        revisionHashes: [],
        text,
        revisions: [],
        stripped: [],
      },
      annotations: [],
    };
    await store.writeArticle(file);
  }
  const source = newSource(`s${n}`);
  await store.updateLibrary((lib) => ({ ...lib, sources: [...lib.sources, source] }));
  process.stdout.write(`saved ${n}\n`);
}
