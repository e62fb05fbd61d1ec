/**
 * Issue #6 from the command line: every format and filter, the library left
 * byte for byte as it was, and failures that say why and leave no file.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDestination, writeOutput } from '../../../main/cli/output-file';
import { repoRoot, seedsDir } from '../helpers/bundle';
import { snapshot } from '../helpers/snapshot';
import { tempDir } from '../helpers/tmp';

const bin = path.join(repoRoot, 'bin', 'gloss.js');

function gloss(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  gloss(['--version']);
}, 120_000);

async function annotatedLibrary(): Promise<string> {
  const d = await tempDir();
  gloss(['--data', d, 'import', path.join(seedsDir, '000_6320ab84b7753d6a.txt'), path.join(seedsDir, '004_37177262a2591de6.txt')]);
  const ids = (JSON.parse(gloss(['--data', d, 'list', '--json']).stdout) as { id: string; outletName: string }[]).map((a) => a.id);
  const made = (args: string[]) => JSON.parse(gloss(['--data', d, 'annotate', ...args]).stdout) as { id: string };
  for (const id of ids) {
    const text = gloss(['--data', d, 'show', id]).stdout;
    const quote = text.includes('communist dictator') ? 'communist dictator Kim Jong-un' : 'approximately 11,000 North Korean troops';
    const a = made([id, '--quote', quote, '--kind', 'claim', '--cue', 'loaded-language', '--note', '=cmd|"/c calc"!A1, with "quotes"\nand a newline']);
    gloss(['--data', d, 'grade', a.id, 'B2']);
    made([id, '--quote', 'Zelensky', '--kind', 'note', '--note', 'Who said it.']);
  }
  return d;
}

describe('gloss export and export-pdf', () => {
  it('writes every format with the chosen filters and changes nothing in the library', async () => {
    const d = await annotatedLibrary();
    const before = await snapshot(d);
    const out = await tempDir();
    const file = (n: string) => path.join(out, n);

    const csv = gloss(['--data', d, 'export', '--format', 'csv', '--kind', 'claim', '--author', 'nobody-by-that-name', '-o', file('a.csv')]);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toMatch(/No analyst “nobody-by-that-name”/);
    const analyst = JSON.parse(gloss(['--data', d, 'annotations', (JSON.parse(gloss(['--data', d, 'list', '--json']).stdout) as { id: string }[])[0]!.id, '--json']).stdout)[0].author.name as string;
    expect(gloss(['--data', d, 'export', '--format', 'csv', '--kind', 'claim', '--author', analyst.toUpperCase(), '-o', file('a.csv')]).code).toBe(0);
    const rows = (await readFile(file('a.csv'), 'utf8')).trim().split('\r\n');
    // Header + two claims; the notes with commas, quotes and a newline are quoted, the formula defused.
    expect(rows[0]).toMatch(/^number,article_id,article_title,outlet,published,quote,kind,grade,bias_cues,tags,note,claim,stance,author,created,modified/);
    expect(rows.filter((r) => /,claim,B2,/.test(r))).toHaveLength(2);
    expect(rows.join('\n')).toContain(`"'=cmd|""/c calc""!A1, with ""quotes""`);
    expect(rows.join('\n')).not.toContain('Who said it.');
    expect((await stat(file('a.csv'))).mode & 0o777).toBe(0o644 & ~process.umask());

    expect(gloss(['--data', d, 'export', '--format', 'md', '--tag', 'loaded-language', '-o', file('r.md')]).code).toBe(0);
    const md = await readFile(file('r.md'), 'utf8');
    expect(md).toContain('**communist dictator Kim Jong-un**[1]');
    expect(md).not.toContain('Who said it.');

    expect(gloss(['--data', d, 'export', '--format', 'html', '--endnotes', '-o', file('r.html')]).code).toBe(0);
    const html = await readFile(file('r.html'), 'utf8');
    expect(html).toContain('class="notes-end"');
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);

    const pdf = gloss(['--data', d, 'export-pdf', '--scope', 'library', '--page-size', 'Letter', '--json', '-o', file('r.pdf')]);
    expect(pdf.code).toBe(0);
    expect(JSON.parse(pdf.stdout).pages).toBeGreaterThanOrEqual(4);
    expect(spawnSync('pdfinfo', [file('r.pdf')], { encoding: 'utf8' }).stdout).toMatch(/Page size:.*\(letter\)/);

    expect(await snapshot(d)).toEqual(before);
    expect((await readdir(out)).sort()).toEqual(['a.csv', 'r.html', 'r.md', 'r.pdf']);
  }, 180_000);

  it('says why it cannot export and leaves no file behind', async () => {
    const d = await annotatedLibrary();
    const out = await tempDir();
    const noBrowser = gloss(['--data', d, 'export-pdf', '-o', path.join(out, 'r.pdf')], { CHROMIUM_PATH: '/nowhere/chromium', GLOSS_CHROMIUM: '' });
    expect(noBrowser.code).toBe(1);
    expect(noBrowser.stderr).toMatch(/CHROMIUM_PATH is set to \/nowhere\/chromium, which does not exist/);
    const notABrowser = gloss(['--data', d, 'export-pdf', '-o', path.join(out, 'r.pdf')], { GLOSS_CHROMIUM: process.execPath });
    expect(notABrowser.code).toBe(1);
    expect(notABrowser.stderr).toMatch(/^gloss: Could not start the browser at .* to print the PDF/);
    expect(notABrowser.stderr.trim().split('\n')).toHaveLength(1);
    const noFolder = gloss(['--data', d, 'export', '--format', 'csv', '-o', path.join(out, 'missing', 'r.csv')]);
    expect(noFolder.stderr).toMatch(/the folder .*missing does not exist/);
    expect(gloss(['--data', d, 'export', '--format', 'csv', '-o', out]).stderr).toMatch(/it is a folder/);
    expect(await readdir(out)).toEqual([]);
  }, 120_000);

  it('turns a failed write into a plain reason, and removes the temp file', async () => {
    // Linux refuses new files in /proc: the write fails after the checks, as a full disk would.
    await expect(writeOutput('/proc/gloss-report.csv', Buffer.from('x'))).rejects.toThrow(/^Cannot write \/proc\/gloss-report\.csv: a file cannot be created there\. Nothing was written\.$/);
    const out = await tempDir();
    await writeOutput(path.join(out, 'r.csv'), Buffer.from('a,b\r\n'));
    expect(await readdir(out)).toEqual(['r.csv']);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder it may not write in before doing any work (not run as root, who may write anywhere)', async () => {
    const locked = path.join(await tempDir(), 'locked');
    await mkdir(locked);
    await chmod(locked, 0o500);
    await expect(checkDestination(path.join(locked, 'r.pdf'))).rejects.toThrow(/you do not have permission to write in/);
    await chmod(locked, 0o700);
  });
});
