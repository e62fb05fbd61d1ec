import { beforeAll, describe, expect, it } from 'vitest';
import { gloss, refused, seedPaths as seeds } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const json = <T>(args: string[]): T => {
  const r = gloss([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

beforeAll(() => void gloss(['--version']), 120_000);

type Outlet = { id: string; name: string; articleCount: number; rating?: { grade: string; rationale: string } | null; notes: string };

describe('gloss source: edit, rename, merge, delete; gloss move', () => {
  it('rates, renames and merges the outlets of the five seeds imported without --outlet', async () => {
    const d = await tempDir();
    gloss(['--data', d, 'import', ...seeds]);
    expect(json<Outlet[]>(['--data', d, 'sources']).map((s) => [s.name, s.articleCount])).toEqual([
      ['Enslaved.news', 1],
      ['The Journal', 1],
      ['Unknown outlet', 3],
    ]);
    const renamed = gloss(['--data', d, 'source', 'unknown outlet', '--rename', 'Yonhap', '--rate', 'c', '--rationale', 'Wire copy.']);
    expect(renamed.stdout).toBe('Outlet “Yonhap”: renamed from “Unknown outlet”; rated C (fairly reliable): Wire copy.\n');
    const shown = json<Outlet & { profile: unknown }>(['--data', d, 'source', 'Yonhap']);
    expect(shown).toMatchObject({ name: 'Yonhap', articleCount: 3, rating: { grade: 'C', rationale: 'Wire copy.' } });
    // A new grade keeps the rationale; --json after an edit prints the outlet as `source --json` does.
    expect(json<Outlet>(['--data', d, 'source', 'Yonhap', '--rate', 'B', '--notes', 'Seoul wire.'])).toMatchObject({ rating: { grade: 'B', rationale: 'Wire copy.' }, notes: 'Seoul wire.' });

    await refused(d, ['source', 'Yonhap', '--rate', 'B2'], /^gloss: --rate takes one letter A–F .* not “B2”\.\n$/);
    await refused(d, ['source', 'The Journal', '--rationale', 'Why'], /“The Journal” is not rated yet; give --rate A–F with --rationale\./);
    await refused(d, ['source', 'Yonhap', '--rename', 'the journal'], /An outlet named “the journal” already exists\./);
    await refused(d, ['source', 'Yonhap', '--rename', '   '], /^gloss: --rename needs the new name\.\n$/);
    await refused(d, ['source', 'Nowhere', '--rate', 'A'], /No outlet “Nowhere”\. Run `gloss sources`/);
    await refused(d, ['source', 'Yonhap', '--merge-into', 'The Journal', '--rate', 'A'], /one at a time/);
    await refused(d, ['source', 'Yonhap', '--merge-into', 'yonhap'], /Choose two different outlets to merge\./);
    await refused(d, ['source', 'Yonhap', '--delete'], /“Yonhap” still has 3 articles; move them/);

    gloss(['--data', d, 'source', 'The Journal', '--rate', 'A', '--notes', 'Irish daily.']);
    const merged = gloss(['--data', d, 'source', 'Yonhap', '--merge-into', 'the journal']);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe('Merged “Yonhap” into “The Journal”: 3 articles moved; its rating B was added to the notes (the rating A stays); its notes were appended to the notes.\n');
    const journal = json<Outlet>(['--data', d, 'source', 'The Journal']);
    expect(journal).toMatchObject({ articleCount: 4, rating: { grade: 'A' } });
    expect(journal.notes).toMatch(/^Irish daily\.\n\n\*\*From “Yonhap”\*\* \(merged [\d-]+\):\n\n- Rating: B — Wire copy\.\n\nSeoul wire\.$/);
    await refused(d, ['source', 'Yonhap'], /No outlet “Yonhap”: it was merged into “The Journal”\./);
  }, 120_000);

  it('moves articles (by id prefix) to a new or existing outlet, deletes the emptied one, and refuses bad input', async () => {
    const d = await tempDir();
    gloss(['--data', d, 'import', seeds[0]!, seeds[1]!, seeds[4]!]);
    const list = json<{ id: string; outletName: string }[]>(['--data', d, 'list']);
    const unknown = list.filter((a) => a.outletName === 'Unknown outlet').map((a) => a.id.slice(0, 8));
    const moved = gloss(['--data', d, 'move', ...unknown, unknown[0]!, '--outlet', 'Yonhap']);
    expect(moved.stdout).toBe('Moved 2 articles to “Yonhap” (a new outlet).\n');
    expect(gloss(['--data', d, 'move', unknown[0]!, '--outlet', 'YONHAP']).stdout).toBe('Nothing to move: the article is already in “Yonhap”.\n');
    const r = json<{ source: { name: string }; created: boolean; moved: { id: string; from: string }[] }>(['--data', d, 'move', unknown[1]!, '--outlet', 'Enslaved.news']);
    expect(r).toMatchObject({ source: { name: 'Enslaved.news' }, created: false, moved: [{ from: expect.any(String) }] });

    await refused(d, ['move', unknown[0]!, 'nosuch', '--outlet', 'Elsewhere'], /No article with id “nosuch”/);
    await refused(d, ['move', unknown[0]!, '--outlet', ' '], /--outlet needs an outlet name\./);
    expect(gloss(['--data', d, 'move', unknown[0]!])).toMatchObject({ code: 1, stderr: expect.stringMatching(/required option '--outlet <name>'/) });

    expect(gloss(['--data', d, 'source', 'Unknown outlet', '--delete']).stdout).toBe('Deleted outlet “Unknown outlet”.\n');
    expect(json<Outlet[]>(['--data', d, 'sources']).map((s) => s.name)).toEqual(['Enslaved.news', 'Yonhap']);
  }, 120_000);
});
