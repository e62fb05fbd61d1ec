import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, seedsDir } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

const bin = path.join(repoRoot, 'bin', 'gloss.js');
const seed = path.join(seedsDir, '000_6320ab84b7753d6a.txt');

function gloss(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => void gloss(['--version']), 120_000);

async function libraryWithSeed(): Promise<{ d: string; id: string }> {
  const d = await tempDir();
  gloss(['--data', d, 'import', seed]);
  const [article] = JSON.parse(gloss(['--data', d, 'list', '--json']).stdout) as { id: string }[];
  return { d, id: article!.id };
}

describe('gloss annotate / annotations / reimport / search', () => {
  it('annotates by quote and prints the annotation as JSON', async () => {
    const { d, id } = await libraryWithSeed();
    const r = gloss(['--data', d, 'annotate', id.slice(0, 8), '--quote', 'communist dictator Kim Jong-un', '--kind', 'bias', '--cue', 'loaded-language', '--note', 'Loaded label', '--tag', 'actors']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ kind: 'bias', biasCues: ['loaded-language'], tags: ['actors'], note: 'Loaded label', target: { quote: { exact: 'communist dictator Kim Jong-un' } } });
  });

  it('a quote that is not in the article is a user error and nothing is saved', async () => {
    const { d, id } = await libraryWithSeed();
    const shard = path.join(d, 'articles', `${id}.json`);
    const before = await readFile(shard, 'utf8');
    const r = gloss(['--data', d, 'annotate', id, '--quote', 'words that are not there', '--kind', 'claim']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not in/);
    expect(gloss(['--data', d, 'annotate', id, '--quote', 'Kim', '--occurrence', '0', '--kind', 'claim']).code).toBe(1);
    expect(gloss(['--data', d, 'annotate', id, '--quote', 'Kim', '--kind', 'rumour']).stderr).toMatch(/Unknown kind “rumour”/);
    expect(await readFile(shard, 'utf8')).toBe(before);
  });

  it('refuses codes the codebook lacks (or of the wrong group), an empty quote, and says so once', async () => {
    const { d, id } = await libraryWithSeed();
    const shard = path.join(d, 'articles', `${id}.json`);
    const before = await readFile(shard, 'utf8');
    const typo = gloss(['--data', d, 'annotate', id, '--quote', 'Kim', '--kind', 'claim', '--tag', 'numbrs']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/no tag “numbrs”\. Known tags: numbers, numbers\/casualties/);
    const cueAsTag = gloss(['--data', d, 'annotate', id, '--quote', 'Kim', '--kind', 'claim', '--tag', 'framing']);
    expect(cueAsTag.code).toBe(1);
    expect(cueAsTag.stderr).toMatch(/“framing” is a bias cue, not a tag/);
    const tagAsCue = gloss(['--data', d, 'annotate', id, '--quote', 'Kim', '--kind', 'claim', '--cue', 'numbers']);
    expect(tagAsCue.code).toBe(1);
    expect(tagAsCue.stderr).toMatch(/“numbers” is a tag, not a bias cue/);
    expect(gloss(['--data', d, 'annotate', id, '--quote', 'Kim', '--kind', 'claim', '--cue', 'loaded-langauge']).stderr).toMatch(/no bias cue “loaded-langauge”/);
    const empty = gloss(['--data', d, 'annotate', id, '--quote', '', '--kind', 'claim']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/--quote must be some words/);
    expect(await readFile(shard, 'utf8')).toBe(before);
  });

  it('re-import prints the re-anchoring summary and annotations report each status', async () => {
    const { d, id } = await libraryWithSeed();
    for (const quote of ['communist dictator Kim Jong-un', 'Russian strongman Vladimir Putin in June 2024', 'several hundred casualties']) {
      expect(gloss(['--data', d, 'annotate', id, '--quote', quote, '--kind', 'claim']).code).toBe(0);
    }
    const edited = readFileSync(seed, 'utf8')
      .replace('Zelensky said in an accompanying message', 'An editor added this. Zelensky said in an accompanying message')
      .replace('Russian strongman Vladimir', 'Russian leader Vladimir')
      .replace('“several hundred casualties”', '“many casualties”');
    const v2 = path.join(d, '..', `${path.basename(d)}-v2.txt`);
    await writeFile(v2, edited);
    const r = gloss(['--data', d, 'reimport', id, v2, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).reanchor).toEqual({ exact: 0, moved: 1, fuzzy: 1, orphaned: 1 });
    const list = JSON.parse(gloss(['--data', d, 'annotations', id, '--json']).stdout) as { status: string }[];
    expect(list.map((a) => a.status)).toEqual(['moved', 'fuzzy', 'orphaned']);
    expect(gloss(['--data', d, 'annotations', id]).stdout).toMatch(/orphaned/);
  });

  it('reimport of another article is a user error until --force', async () => {
    const { d, id } = await libraryWithSeed();
    const other = path.join(seedsDir, '004_37177262a2591de6.txt');
    const shard = path.join(d, 'articles', `${id}.json`);
    const before = await readFile(shard, 'utf8');
    const r = gloss(['--data', d, 'reimport', id, other]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/looks like a different article.*run again with --force if it really is a new version\./);
    expect(await readFile(shard, 'utf8')).toBe(before);
    const forced = gloss(['--data', d, 'reimport', id, other, '--force', '--json']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).status).toBe('revision');
  });

  it('searches with filters and reports bad filter values clearly', async () => {
    const { d, id } = await libraryWithSeed();
    gloss(['--data', d, 'annotate', id, '--quote', 'strongman', '--kind', 'bias', '--note', 'epithet for Putin']);
    const hits = JSON.parse(gloss(['--data', d, 'search', 'epithet', '--json']).stdout).hits;
    expect(hits).toMatchObject([{ type: 'annotation', kind: 'bias', articleId: id }]);
    expect(JSON.parse(gloss(['--data', d, 'search', 'epithet', '--kind', 'claim', '--json']).stdout).hits).toEqual([]);
    const bad = gloss(['--data', d, 'search', 'x', '--outlet', 'Nowhere Times']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/No outlet named “Nowhere Times”/);
    const badDate = gloss(['--data', d, 'search', 'x', '--from', '14/01/2025']);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr.trim()).toBe('gloss: --from must be a date written YYYY-MM-DD, not “14/01/2025”.');
    expect(gloss(['--data', d, 'search', 'x', '--to', '2025-02-30']).stderr).toMatch(/--to must be a date/);
    expect(gloss(['--data', d, 'search', 'x', '--limit', 'lots']).stderr).toMatch(/--limit must be a whole number from 1 to 500, not “lots”/);
    expect(gloss(['--data', d, 'search', 'x', '--type', 'quote']).stderr).toMatch(/--type must be “article” or “annotation”/);
    // A colleague's annotation (as a bundle brings them) is found by their name too.
    const file = JSON.parse(await readFile(path.join(d, 'articles', `${id}.json`), 'utf8'));
    file.annotations[0].author = { id: '01JCOLLEAGVE0000000000000A', name: 'Ana Kovač' };
    await writeFile(path.join(d, 'articles', `${id}.json`), JSON.stringify(file));
    const byColleague = gloss(['--data', d, 'search', 'epithet', '--author', 'ana kovač', '--json']);
    expect(byColleague.stderr).toBe('');
    expect(JSON.parse(byColleague.stdout).hits).toMatchObject([{ type: 'annotation', kind: 'bias' }]);
    const nobody = gloss(['--data', d, 'search', 'x', '--author', 'Nobody Here']);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/No analyst named “Nobody Here” in this library \(there are: /);
  });
});
