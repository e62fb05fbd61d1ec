import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, seedsDir } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

const bin = path.join(repoRoot, 'bin', 'gloss.js');
const gloss = (args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => void gloss(['--version']), 120_000);

describe('gloss grade / suggest / source', () => {
  it('suggests on seed 004, grades an annotation, and shows the outlet profile', async () => {
    const d = await tempDir();
    gloss(['--data', d, 'import', path.join(seedsDir, '004_37177262a2591de6.txt')]);
    const { id } = (JSON.parse(gloss(['--data', d, 'list', '--json']).stdout) as { id: string }[])[0]!;
    const suggestions = JSON.parse(gloss(['--data', d, 'suggest', id, '--json']).stdout) as { quote: string; cue: string; start: number; end: number; reason: string }[];
    expect(suggestions.map((s) => s.quote)).toEqual(expect.arrayContaining(['Anti-Putin propaganda:', 'FROZEN', 'WWIII']));
    for (const s of suggestions) expect(s.reason).toBeTruthy();

    const annotation = JSON.parse(gloss(['--data', d, 'annotate', id, '--quote', 'FROZEN', '--kind', 'bias', '--cue', 'sensationalism']).stdout);
    const graded = gloss(['--data', d, 'grade', annotation.id, 'e5']);
    expect(graded.code).toBe(0);
    expect(graded.stdout).toMatch(/E5 — unreliable, improbable/);
    const shard = path.join(d, 'articles', `${id}.json`);
    const before = await readFile(shard, 'utf8');
    const bad = gloss(['--data', d, 'grade', annotation.id, 'G7']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/A–F.*1–6/);
    expect(await readFile(shard, 'utf8')).toBe(before);
    // One axis keeps the other.
    expect(gloss(['--data', d, 'grade', annotation.id, '3']).stdout).toMatch(/E3 — unreliable, possibly true/);

    const source = JSON.parse(gloss(['--data', d, 'source', 'Enslaved.news', '--json']).stdout);
    expect(source).toMatchObject({ name: 'Enslaved.news', articleCount: 1, rating: null, notes: '', ownership: '', profile: { cues: [{ cue: 'sensationalism', count: 1 }] } });
    expect(source.profile).toHaveProperty('loadedLanguagePer1000', 0);
    expect(source.profile.claims).toEqual({ graded: 0, doubtfulOrWorse: 0, share: null });
    expect(gloss(['--data', d, 'source', 'Nowhere']).code).toBe(1);
  });
});

describe('gloss bundle', () => {
  it('exports, previews with --dry-run (no change), imports, and refuses a damaged bundle with exit 1', async () => {
    const a = await tempDir();
    const b = await tempDir();
    gloss(['--data', a, 'import', path.join(seedsDir, '001_192269c91abf23ec.txt')]);
    const { id } = (JSON.parse(gloss(['--data', a, 'list', '--json']).stdout) as { id: string }[])[0]!;
    gloss(['--data', a, 'annotate', id, '--quote', 'Kyiv', '--kind', 'note']);
    const file = path.join(a, '..', `${path.basename(a)}.gloss`);
    const out = gloss(['--data', a, 'bundle', 'export', '-o', file, '--json']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ articles: 1, annotations: 1, signed: true });
    const dry = gloss(['--data', b, 'bundle', 'import', file, '--dry-run']);
    expect(dry.stdout).toMatch(/1 new/);
    expect(dry.stdout).toMatch(/Dry run: nothing was changed/);
    expect(JSON.parse(gloss(['--data', b, 'list', '--json']).stdout)).toEqual([]);
    const imported = gloss(['--data', b, 'bundle', 'import', file]);
    expect(imported.code).toBe(0);
    expect(imported.stderr, 'no progress lines when stderr is not a terminal').toBe('');
    expect(imported.stdout).toMatch(/^Merged: 1 new article\(s\), 0 article\(s\) updated, 1 annotation\(s\) taken\.$/m);
    expect(JSON.parse(gloss(['--data', b, 'list', '--json']).stdout)).toHaveLength(1);
    const { writeFile } = await import('node:fs/promises');
    const broken = `${file}.broken.gloss`;
    const bytes = await readFile(file);
    bytes[bytes.length - 30]! ^= 0xff;
    await writeFile(broken, bytes);
    const bad = gloss(['--data', b, 'bundle', 'import', broken]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/was refused: .*Nothing was changed/);
  });
});

describe('gloss bundle on a terminal', () => {
  // `script` runs the CLI on a pseudo-terminal, as when an analyst types the command.
  const script = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
  it.skipIf(!script)('shows export and import progress on stderr, on one line cleared at the end', async () => {
    const a = await tempDir();
    const b = await tempDir();
    gloss(['--data', a, 'import', path.join(seedsDir, '001_192269c91abf23ec.txt'), path.join(seedsDir, '002_1fa2c497d19502d3.txt')]);
    const file = path.join(a, '..', `${path.basename(a)}-tty.gloss`);
    const onTty = (args: string[]) => {
      const command = [process.execPath, bin, ...args].map((x) => `'${x}'`).join(' ');
      return spawnSync(script!, ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 60_000 }).stdout;
    };
    const exported = onTty(['--data', a, 'bundle', 'export', '-o', file]);
    const clear = '\r\u001b[K';
    expect(exported).toContain(`${clear}  Reading articles: 0 of 2… 0%`);
    expect(exported).toMatch(/Packing and compressing… /);
    expect(exported).toMatch(new RegExp(`${clear.replace('[', '\\[')}Wrote .*2 article\\(s\\)`));
    const imported = onTty(['--data', b, 'bundle', 'import', file]);
    expect(imported).toMatch(/Unpacking the bundle… 0%/);
    expect(imported).toMatch(/Checking articles: \d of 2… /);
    expect(imported).toMatch(/Saving 3 files… /);
    expect(imported).toMatch(/Putting 3 files in place… 100%/);
    expect(imported).toContain(`${clear}Bundle by `);
    expect(JSON.parse(gloss(['--data', b, 'list', '--json']).stdout)).toHaveLength(2);
  });
});

describe('gloss analyst + bundle: two analysts exchange both ways', () => {
  it('names each side, reports the conflict with both names, ends in the same state, and a second import changes nothing', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    const seed = path.join(seedsDir, '000_6320ab84b7753d6a.txt');
    for (const [d, name] of [[a, 'Ana Lima'], [b, 'Ben Okafor']] as const) {
      gloss(['--data', d, 'import', seed]);
      expect(gloss(['--data', d, 'analyst', name]).stdout).toMatch(new RegExp(`carry the name “${name}”`));
      expect(gloss(['--data', d, 'analyst']).stdout.trim()).toBe(name);
    }
    const id = (JSON.parse(gloss(['--data', a, 'list', '--json']).stdout) as { id: string }[])[0]!.id;
    const shared = JSON.parse(gloss(['--data', a, 'annotate', id, '--quote', 'two men Ukraine claims are North Korean soldiers', '--kind', 'claim']).stdout) as { id: string };
    const file = (d: string, n: string) => path.join(d, '..', `${path.basename(d)}-${n}.gloss`);
    gloss(['--data', a, 'bundle', 'export', '-o', file(a, '1')]);
    expect(gloss(['--data', b, 'bundle', 'import', file(a, '1')]).code).toBe(0);
    gloss(['--data', a, 'grade', shared.id, 'B2']);
    gloss(['--data', b, 'grade', shared.id, 'E5']);
    gloss(['--data', b, 'annotate', id, '--quote', 'Russian strongman Vladimir Putin', '--kind', 'bias', '--cue', 'loaded-language']);
    gloss(['--data', a, 'bundle', 'export', '-o', file(a, '2')]);
    gloss(['--data', b, 'bundle', 'export', '-o', file(b, '2')]);
    const intoA = gloss(['--data', a, 'bundle', 'import', file(b, '2')]);
    expect(intoA.stdout).toMatch(/Bundle by Ben Okafor/);
    expect(intoA.stdout).toMatch(/^Merged: 0 new article\(s\), 1 article\(s\) updated, 2 annotation\(s\) taken; 1 conflict\(s\) settled, the losing values kept in history\.$/m);
    expect(intoA.stdout).toMatch(/conflict on grading of “two men Ukraine claims are North Korean soldiers”: kept .* \((Ana Lima|Ben Okafor)\); .* \((Ana Lima|Ben Okafor)\) is kept in its history/);
    expect(gloss(['--data', b, 'bundle', 'import', file(a, '2')]).code).toBe(0);
    const state = (d: string) => gloss(['--data', d, 'annotations', id, '--json', '--deleted']).stdout;
    expect(state(a)).toBe(state(b));
    const merged = (JSON.parse(state(a)) as Array<{ id: string; history?: Array<{ byName: string }> }>).find((x) => x.id === shared.id)!;
    expect(merged.history).toHaveLength(1);
    const again = gloss(['--data', b, 'bundle', 'import', file(a, '2')]);
    expect(again.stdout).toMatch(/Nothing new: your library already has everything in this bundle/);
  }, 180_000);
});

describe('gloss compare', () => {
  it('shows where the seeds differ on troop numbers and on the day of the video', async () => {
    const d = await tempDir();
    gloss(['--data', d, 'import', ...['000_6320ab84b7753d6a.txt', '002_1fa2c497d19502d3.txt', '004_37177262a2591de6.txt'].map((n) => path.join(seedsDir, n))]);
    const text = gloss(['--data', d, 'compare']).stdout;
    expect(text).toMatch(/troops deployed: .*11,000.*← outlets differ/);
    expect(text).toMatch(/video released: Sunday \/ Saturday\s+← outlets differ/);
    expect(text).toMatch(/Quote by Dmitry Peskov, worded differently/);
    const json = JSON.parse(gloss(['--data', d, 'compare', '--json']).stdout);
    expect(json.events).toHaveLength(1);
    expect(json.events[0].discrepancies.find((r: { category: string }) => r.category === 'wounded')).toMatchObject({ differs: false, values: ['2,700'] });
  });
});

describe('gloss keys', () => {
  it('trusts and untrusts by name, key id or public key, with one clear message per mistake', async () => {
    const mine = await tempDir();
    const colleague = await tempDir();
    const theirs = JSON.parse(gloss(['--data', colleague, 'keys', '--json']).stdout) as { keyId: string; publicKey: string };
    const own = JSON.parse(gloss(['--data', mine, 'keys', '--json']).stdout) as { keyId: string; publicKey: string };
    const once = (text: string, phrase: string) => expect(text.split(phrase).length - 1, text).toBe(1);

    const notKey = gloss(['--data', mine, 'keys', 'trust', 'notakey', 'Bob']);
    expect(notKey.code).toBe(1);
    expect(notKey.stderr).toBe('gloss: “notakey” is not a public key: one is 44 characters of base64 ending in “=”, as `gloss keys` prints it.\n');
    const noName = gloss(['--data', mine, 'keys', 'trust', theirs.publicKey, ' ']);
    expect(noName.code).toBe(1);
    once(noName.stderr, 'Give the key a name');
    const self = gloss(['--data', mine, 'keys', 'trust', own.publicKey, 'Me']);
    expect(self.code).toBe(1);
    expect(self.stderr).toMatch(/That is your own key/);

    expect(gloss(['--data', mine, 'keys', 'trust', theirs.publicKey, 'Ana']).stdout).toBe(`Trusted key ${theirs.keyId} as “Ana”.\n`);
    expect(gloss(['--data', mine, 'keys', 'trust', theirs.publicKey, 'Ana Lima']).stdout).toBe(`Trusted key ${theirs.keyId} as “Ana Lima” (it was “Ana”).\n`);
    expect(gloss(['--data', mine, 'keys']).stdout).toMatch(new RegExp(`trusted ${theirs.keyId} “Ana Lima”`));

    const unknown = gloss(['--data', mine, 'keys', 'untrust', 'Nobody']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(`gloss: No trusted key is “Nobody”. You trust: ${theirs.keyId} “Ana Lima”.\n`);
    const byName = gloss(['--data', mine, 'keys', 'untrust', 'ana lima']);
    expect(byName.code).toBe(0);
    expect(byName.stdout).toMatch(new RegExp(`No longer trusted: key ${theirs.keyId} “Ana Lima”`));
    expect(JSON.parse(gloss(['--data', mine, 'keys', '--json']).stdout).trusted).toEqual([]);
    expect(gloss(['--data', mine, 'keys', 'untrust', 'ana lima']).stderr).toMatch(/you trust no keys yet/);

    // By the id as `gloss keys` and the Preferences show it (groups of four), and by the public key.
    gloss(['--data', mine, 'keys', 'trust', theirs.publicKey, 'Ana']);
    expect(gloss(['--data', mine, 'keys', 'untrust', `${theirs.keyId.slice(0, 4)} ${theirs.keyId.slice(4, 8)}`]).code).toBe(0);
    gloss(['--data', mine, 'keys', 'trust', theirs.publicKey, 'Ana']);
    expect(gloss(['--data', mine, 'keys', 'untrust', theirs.publicKey]).code).toBe(0);
    expect(JSON.parse(gloss(['--data', mine, 'keys', '--json']).stdout).trusted).toEqual([]);
  });

  it('names an invalid input once, not once in the message and again in the details', async () => {
    const d = await tempDir();
    const bad = gloss(['--data', d, 'grade', 'x'.repeat(80), 'B2']);
    expect(bad.code).toBe(1);
    const lines = bad.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const words = lines[0]!.replace(/^gloss: /, '');
    expect(words.length).toBeGreaterThan(10);
    // No sentence of the message comes twice.
    const parts = words.split(/[():;]/).map((p) => p.trim()).filter((p) => p.length > 12);
    expect(new Set(parts).size, words).toBe(parts.length);
  });
});
