import { beforeAll, describe, expect, it } from 'vitest';
import { gloss, refused, seedPaths as seeds } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

beforeAll(() => void gloss(['--version']), 120_000);

type Link = { annotationId: string; stance?: string; outletName: string };
type ClaimJson = { id: string; statement: string; status: string; grading?: { source?: string; credibility?: string }; links: Link[] };

/** Seeds 002 (The Journal) and 004 (Enslaved.news), one annotation on each. */
async function library() {
  const d = await tempDir();
  gloss(['--data', d, 'import', seeds[2]!, seeds[4]!]);
  const list = JSON.parse(gloss(['--data', d, 'list', '--json']).stdout) as { id: string; outletName: string }[];
  const article = (outlet: string) => list.find((a) => a.outletName === outlet)!.id;
  const annotate = (outlet: string, quote: string, kind: string) =>
    (JSON.parse(gloss(['--data', d, 'annotate', article(outlet), '--quote', quote, '--kind', kind]).stdout) as { id: string }).id;
  return { d, journal: annotate('The Journal', 'North Korean soldier', 'claim'), enslaved: annotate('Enslaved.news', 'FROZEN', 'bias'), article };
}

describe('gloss claims / claim', () => {
  it('creates a claim, links annotations with a stance, sets status and grade, and lists them', async () => {
    const { d, journal, enslaved } = await library();
    expect(gloss(['--data', d, 'claims']).stdout).toBe('No claims yet. Add one with: gloss claim create "STATEMENT"\n');
    const created = JSON.parse(gloss(['--data', d, 'claim', 'create', 'A North Korean soldier asked to stay in Ukraine', '--grade', 'b2', '--status', 'disputed', '--json']).stdout) as ClaimJson;
    expect(created).toMatchObject({ status: 'disputed', grading: { source: 'B', credibility: '2' }, links: [] });
    const prefix = created.id.slice(0, 12);
    expect(gloss(['--data', d, 'claim', 'link', journal, prefix, '--stance', 'supports']).code).toBe(0);
    expect(gloss(['--data', d, 'claim', 'link', enslaved, created.id, '--stance', 'Contradicts']).stdout).toBe('“FROZEN” contradicts the claim “A North Korean soldier asked to stay in Ukraine”.\n');
    const set = JSON.parse(gloss(['--data', d, 'claim', 'set', prefix, '--status', 'confirmed', '--grade', '1', '--json']).stdout) as ClaimJson;
    expect(set).toMatchObject({ status: 'confirmed', grading: { source: 'B', credibility: '1' } });
    const [listed] = JSON.parse(gloss(['--data', d, 'claims', '--json']).stdout) as ClaimJson[];
    expect(listed!.links.map((l) => [l.annotationId, l.stance, l.outletName]).sort()).toEqual(
      [[journal, 'supports', 'The Journal'], [enslaved, 'contradicts', 'Enslaved.news']].sort(),
    );
    expect(gloss(['--data', d, 'claims']).stdout).toMatch(new RegExp(`${created.id}\\s+confirmed\\s+B1\\s+1\\s+1\\s+A North Korean soldier`));
    expect(gloss(['--data', d, 'claims', '--status', 'disputed']).stdout).toBe('No disputed claims.\n');

    await refused(d, ['claim', 'create', 'x', '--grade', 'G7'], /“G7” is not an Admiralty grade: .*A–F.*1–6/);
    await refused(d, ['claim', 'create', 'x', '--status', 'maybe'], /Unknown status “maybe”; use one of: unverified, disputed, confirmed, false, misleading\./);
    await refused(d, ['claim', 'create', '  '], /The statement is empty/);
    await refused(d, ['claim', 'set', prefix], /Say what to change: --status, --grade, --statement or --notes\./);
    await refused(d, ['claim', 'set', prefix, '--grade', 'Z'], /not an Admiralty grade/);
    await refused(d, ['claim', 'set', 'NOPE', '--status', 'false'], /No claim with id “NOPE”\. Run `gloss claims`/);
    await refused(d, ['claim', 'link', journal, prefix, '--stance', 'agrees'], /Unknown stance “agrees”; use one of: supports, contradicts, qualifies, mentions\./);
    await refused(d, ['claim', 'link', 'NOPE', prefix, '--stance', 'supports'], /No annotation with id “NOPE”/);

    expect(gloss(['--data', d, 'claim', 'unlink', enslaved]).code).toBe(0);
    await refused(d, ['claim', 'unlink', enslaved], /is not linked to a claim/);
    expect(gloss(['--data', d, 'claim', 'show', prefix]).stdout).toMatch(/supports: “North Korean soldier” — The Journal/);
    expect(gloss(['--data', d, 'claim', 'delete', prefix]).stdout).toMatch(/^Deleted claim “A North Korean soldier asked to stay in Ukraine”; 1 annotation\(s\) unlinked\.\n$/);
    expect(JSON.parse(gloss(['--data', d, 'claims', '--json']).stdout)).toEqual([]);
  }, 120_000);
});

describe('gloss annotation edit / delete / restore', () => {
  it('edits kind, note, tags and cues; deletes as a tombstone and restores; refuses bad input without a change', async () => {
    const { d, enslaved, article } = await library();
    const edited = JSON.parse(
      gloss(['--data', d, 'annotation', 'edit', enslaved, '--kind', 'opinion', '--note', 'All caps.', '--cue', 'sensationalism', '--cue', 'loaded-language', '--tag', 'actors', '--json']).stdout,
    ) as { kind: string; note: string; biasCues: string[]; tags: string[]; rev: number };
    expect(edited).toMatchObject({ kind: 'opinion', note: 'All caps.', biasCues: ['sensationalism', 'loaded-language'], tags: ['actors'] });
    expect(gloss(['--data', d, 'annotation', 'edit', enslaved.slice(0, 20), '--clear-cues', '--note', '']).stdout).toBe('Updated opinion “FROZEN” [actors].\n');

    await refused(d, ['annotation', 'edit', enslaved, '--kind', 'rumour'], /Unknown kind “rumour”; use one of: claim, evidence/);
    await refused(d, ['annotation', 'edit', enslaved, '--tag', 'nosuch'], /The codebook has no tag “nosuch”/);
    await refused(d, ['annotation', 'edit', enslaved, '--cue', 'actors'], /“actors” is a tag, not a bias cue/);
    await refused(d, ['annotation', 'edit', enslaved, '--tag', 'actors', '--clear-tags'], /Give --tag or --clear-tags, not both\./);
    await refused(d, ['annotation', 'edit', enslaved], /Say what to change/);
    await refused(d, ['annotation', 'edit', 'NOPE', '--note', 'x'], /No annotation with id “NOPE”/);

    const deleted = gloss(['--data', d, 'annotation', 'delete', enslaved]);
    expect(deleted.stdout).toBe(`Deleted opinion “FROZEN”; undo with: gloss annotation restore ${enslaved}\n`);
    const all = JSON.parse(gloss(['--data', d, 'annotations', article('Enslaved.news'), '--json', '--deleted']).stdout) as { id: string; deleted: boolean }[];
    expect(all.find((a) => a.id === enslaved)?.deleted).toBe(true);
    expect(JSON.parse(gloss(['--data', d, 'annotations', article('Enslaved.news'), '--json']).stdout)).toEqual([]);
    await refused(d, ['annotation', 'delete', enslaved], /is already deleted/);
    await refused(d, ['annotation', 'edit', enslaved, '--note', 'x'], /This annotation was deleted; restore it before editing\./);
    expect(gloss(['--data', d, 'annotation', 'restore', enslaved]).stdout).toBe('Restored opinion “FROZEN”.\n');
    await refused(d, ['annotation', 'restore', enslaved], /is not deleted/);
  }, 120_000);
});
