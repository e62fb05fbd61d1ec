/** Bad codebook edits and files are refused by name and leave the library as it was. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core';
import { codebookProblem } from '../../../shared/analysis/codebook-ops';
import { createClient } from '../../../shared/client';
import type { Code } from '../../../shared/model';
import { tempDir } from '../helpers/tmp';

async function setup() {
  const dir = await tempDir();
  const core = await openCore(dir, { validateOutput: true });
  const api = createClient({ invoke: (op, input) => core.call(op, input) });
  await api.setAnalyst({ name: 'Ana' }); // so library.json exists to compare
  const library = () => readFile(path.join(dir, 'library.json'), 'utf8');
  return { core, api, library };
}

const tag = (p: string, shortcut?: string): Code => ({ path: p, label: p, color: '#336699', description: '', group: 'tag', ...(shortcut ? { shortcut } : {}) });

describe('codebook checks', () => {
  it('names what is wrong with a list of codes', () => {
    expect(codebookProblem([tag('a'), tag('a')])).toMatch(/“a” is listed twice/);
    expect(codebookProblem([tag('a', '12')])).toMatch(/one letter/);
    expect(codebookProblem([tag('a', 'shift+g')])).toMatch(/grade field/);
    expect(codebookProblem([tag('a', 'x'), tag('b', 'x')])).toMatch(/“x” is given to both “a” and “b”/);
    expect(codebookProblem([tag('a/b')])).toMatch(/parent code “a”/);
    expect(codebookProblem([tag('a', 'x'), tag('a/b', 'shift+x')])).toBeUndefined();
  });

  it('refuses an imported codebook with a path twice, a bad key or a key already in use, and changes nothing', async () => {
    const { core, api, library } = await setup();
    const { codebook } = await api.getCodebook({});
    const before = await library();
    const file = (codes: Code[]) => ({ ...codebook, codes });
    for (const [codes, message] of [
      [[tag('places'), tag('places')], /“places” is listed twice.*Nothing was changed/],
      [[tag('places', '12')], /one letter/],
      [[tag('places', 'p'), tag('people', 'p')], /given to both/],
    ] as const) {
      for (const mode of ['merge', 'replace'] as const) {
        await expect(api.importCodebook({ codebook: file([...codebook.codes, ...codes]), mode })).rejects.toMatchObject({ code: 'user_error', message: expect.stringMatching(message) });
      }
    }
    // Merging in a new code on a key the library already uses ("l", loaded language).
    await expect(api.importCodebook({ codebook: file([tag('places', 'L')]), mode: 'merge' })).rejects.toMatchObject({
      message: expect.stringMatching(/“places” has the shortcut “l”, which already applies “Loaded language”/),
    });
    expect(await library()).toBe(before);
    // A good file: keys are stored lower-case.
    const merged = await api.importCodebook({ codebook: file([tag('places', 'Shift+P')]), mode: 'merge' });
    expect(merged.codebook.codes.find((c) => c.path === 'places')!.shortcut).toBe('shift+p');
    core.close();
  });

  it('checks the shortcut of a renamed code like any other', async () => {
    const { core, api, library } = await setup();
    const dates = (await api.getCodebook({})).codebook.codes.find((c) => c.path === 'dates')!;
    const before = await library();
    await expect(api.saveCode({ code: { ...dates, path: 'when', shortcut: 'l' }, previousPath: 'dates' })).rejects.toMatchObject({ message: expect.stringMatching(/already applies “Loaded language”/) });
    await expect(api.saveCode({ code: { ...dates, path: 'when', shortcut: '99' }, previousPath: 'dates' })).rejects.toMatchObject({ message: expect.stringMatching(/one letter/) });
    await expect(api.saveCode({ code: { ...dates, shortcut: 'Shift+G' } })).rejects.toMatchObject({ message: expect.stringMatching(/grade field/) });
    expect(await library()).toBe(before);
    const saved = await api.saveCode({ code: { ...dates, path: 'when', shortcut: 'Shift+D' }, previousPath: 'dates' });
    expect(saved.codebook.codes.find((c) => c.path === 'when')!.shortcut).toBe('shift+d');
    core.close();
  });

  it('keeps cues among cues and tags among tags when a merge or a group change crosses them', async () => {
    const { core, api } = await setup();
    const { article } = await api.importFile({ file: { name: 'a.txt', dataBase64: Buffer.from('The regime said the strongman won. Numbers were given.').toString('base64') } });
    const a = await api.createAnnotation({ articleId: article.id, selection: { quote: 'regime' }, kind: 'bias', biasCues: ['omission'], tags: ['dates'] });
    const b = await api.createAnnotation({ articleId: article.id, selection: { quote: 'strongman' }, kind: 'bias', biasCues: ['loaded-language'] });
    const codes = async () => Object.fromEntries((await api.listAnnotations({ articleId: article.id })).map((x) => [x.id, { tags: x.tags, biasCues: x.biasCues }]));

    // A bias cue merged into a tag: its uses become that tag, not a "cue" no picker offers.
    await api.mergeCodes({ from: 'omission', into: 'actors' });
    expect((await codes())[a.id]).toEqual({ tags: ['dates', 'actors'], biasCues: [] });

    // A code turned from tag into bias cue moves on every annotation that has it; others stay.
    const dates = (await api.getCodebook({})).codebook.codes.find((c) => c.path === 'dates')!;
    const saved = await api.saveCode({ code: { ...dates, group: 'bias-cue' } });
    expect(saved.changedAnnotations).toBe(1);
    expect(await codes()).toEqual({ [a.id]: { tags: ['actors'], biasCues: ['dates'] }, [b.id]: { tags: [], biasCues: ['loaded-language'] } });
    core.close();
  });
});
