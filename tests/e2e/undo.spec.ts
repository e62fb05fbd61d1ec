/**
 * Undo and redo of annotation work: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in the
 * reader and on cards, text fields keeping their own undo, one history per
 * article, and every step saved through the API as a new edit.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Annotation } from '../../shared/model';
import { annotateViaApi, card, dragSelect, importSeedsViaApi, openArticle, selectedText } from './annotation-helpers';
import { callApi, expect, test } from './fixtures';

const BREITBART = 'published a video on social media';
const ENSLAVED = 'announced on Sunday';
const PHRASE = 'communist dictator Kim Jong-un';

const stored = async (url: string, articleId: string, id: string) =>
  (await callApi<Annotation[]>(url, 'listAnnotations', { articleId, includeDeleted: true })).find((a) => a.id === id)!;
const toast = (page: Page, text: string | RegExp) => page.getByTestId('toast').filter({ hasText: text });

test('grade, kind and note edits are undone and redone by keyboard, each as a new saved edit', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const [a] = await annotateViaApi(gloss.url, ids[0]!, [{ quote: PHRASE, kind: 'bias', note: 'Loaded label.' }]);
  await page.reload();
  await openArticle(page, BREITBART);
  const c = card(page, a!.id);
  await c.click();

  // Grade E5, then undo it from the card, redo it, and find nothing more to redo.
  await c.getByTestId('card-grade').fill('E5');
  await c.getByTestId('card-grade').press('Enter');
  await expect.poll(async () => (await stored(gloss.url, ids[0]!, a!.id)).grading).toEqual({ source: 'E', credibility: '5' });
  const graded = await stored(gloss.url, ids[0]!, a!.id);
  await c.focus();
  await page.keyboard.press('Control+z');
  await expect(toast(page, `Undid: grade E5 on ‘${PHRASE}’`)).toBeVisible();
  await expect.poll(async () => (await stored(gloss.url, ids[0]!, a!.id)).grading).toBeUndefined();
  const undone = await stored(gloss.url, ids[0]!, a!.id);
  expect(undone.rev).toBeGreaterThan(graded.rev);
  await page.keyboard.press('Control+Shift+z');
  await expect(toast(page, `Redid: grade E5 on ‘${PHRASE}’`)).toBeVisible();
  await expect.poll(async () => (await stored(gloss.url, ids[0]!, a!.id)).grading).toEqual({ source: 'E', credibility: '5' });
  expect((await stored(gloss.url, ids[0]!, a!.id)).rev).toBeGreaterThan(undone.rev);
  await page.keyboard.press('Control+y');
  await expect(toast(page, 'Nothing to redo here')).toBeVisible();

  // A select has no text undo of its own: Ctrl+Z there is the app's.
  await c.getByTestId('card-kind-select').selectOption('claim');
  await expect(c).toHaveAttribute('data-kind', 'claim');
  await c.getByTestId('card-kind-select').press('Control+z');
  await expect(toast(page, `Undid: kind Claim on ‘${PHRASE}’`)).toBeVisible();
  await expect(c).toHaveAttribute('data-kind', 'bias');
  await expect.poll(async () => (await stored(gloss.url, ids[0]!, a!.id)).kind).toBe('bias');

  // In the note the browser's own text undo works, and the app's history stays out of it.
  const note = c.getByTestId('card-note');
  await note.click();
  await note.press('End');
  await page.keyboard.type(' Typed.');
  await expect(note).toHaveValue('Loaded label. Typed.');
  const undids = await page.getByTestId('toast').filter({ hasText: 'Undid:' }).count();
  await note.press('Control+z');
  // The browser's own undo steps (how much it takes back is its choice), not the app's.
  await expect.poll(async () => {
    const v = await note.inputValue();
    return v !== 'Loaded label. Typed.' && 'Loaded label. Typed.'.startsWith(v);
  }).toBe(true);
  await note.press('Control+Shift+z');
  await expect(note).toHaveValue('Loaded label. Typed.');
  expect(await page.getByTestId('toast').filter({ hasText: 'Undid:' }).count()).toBe(undids);
  // Leaving the field ends the typing; the whole of it is one step in the app's history.
  await c.focus();
  await expect.poll(async () => (await stored(gloss.url, ids[0]!, a!.id)).note).toBe('Loaded label. Typed.');
  await page.keyboard.press('Control+z');
  await expect(toast(page, `Undid: note on ‘${PHRASE}’`)).toBeVisible();
  await expect(note).toHaveValue('Loaded label.');
  await expect.poll(async () => (await stored(gloss.url, ids[0]!, a!.id)).note).toBe('Loaded label.');
  // Still saved after a reload.
  await page.reload();
  await openArticle(page, BREITBART);
  await expect(card(page, a!.id)).toContainText('Loaded label.');
  await expect(card(page, a!.id)).not.toContainText('Typed.');
});

test('a new highlight is undone with the caret in the text and redone; each article keeps its own history', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const [other] = await annotateViaApi(gloss.url, ids[4]!, [{ quote: '2,700 injured in combat', kind: 'claim' }]);
  await page.reload();
  await openArticle(page, BREITBART);
  await dragSelect(page, PHRASE);
  await page.keyboard.press('b');
  await page.keyboard.press('Enter');
  const cards = page.getByTestId('annotation-card');
  await expect(cards).toHaveCount(1);
  const id = (await cards.first().getAttribute('data-annotation-id'))!;
  await expect(page.getByTestId('reader-text')).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(toast(page, `Undid: new Bias highlight on ‘${PHRASE}’`)).toBeVisible();
  await expect(cards).toHaveCount(0);
  await expect(page.locator('.reader-text .hl-bias')).toHaveCount(0);
  await expect.poll(async () => (await stored(gloss.url, ids[0]!, id))?.deleted).toBe(true);
  await page.keyboard.press('Control+Shift+z');
  await expect(cards).toHaveCount(1);
  await expect(page.locator('.reader-text .hl-bias')).toHaveText(PHRASE);
  await expect.poll(async () => (await stored(gloss.url, ids[0]!, id)).deleted).toBe(false);

  // Another article: its history is empty, and Ctrl+Z there leaves this one alone.
  await openArticle(page, ENSLAVED);
  await card(page, other!.id).focus();
  await page.keyboard.press('Control+z');
  await expect(toast(page, 'Nothing to undo here')).toBeVisible();
  expect((await stored(gloss.url, ids[0]!, id)).deleted).toBe(false);
  await card(page, other!.id).press('Delete');
  await expect(card(page, other!.id)).toBeHidden();

  // Back in the first article, its history is where it was left.
  await openArticle(page, BREITBART);
  await cards.first().focus();
  await page.keyboard.press('Control+z');
  await expect(toast(page, `Undid: new Bias highlight on ‘${PHRASE}’`)).toBeVisible();
  await expect(cards).toHaveCount(0);
  expect((await stored(gloss.url, ids[4]!, other!.id)).deleted).toBe(true);
  await expect.poll(async () => (await stored(gloss.url, ids[0]!, id)).deleted).toBe(true);
});

test('accepting and dismissing suggestions are undone with Ctrl+Z', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  await page.reload();
  await openArticle(page, ENSLAVED);
  await page.getByTestId('panel-tab-suggestions').click();
  const item = (quote: string) => page.getByTestId('suggestion').filter({ has: page.locator('[data-testid="suggestion-quote"]', { hasText: new RegExp(`^${quote}$`) }) });
  await item('WWIII').getByTestId('suggestion-accept').click();
  await expect(item('WWIII')).toHaveCount(0);
  await expect(page.getByTestId('annotation-count')).toHaveText('1');
  await page.locator('body').press('Control+z');
  await expect(toast(page, 'Undid: accepted suggestion on ‘WWIII’')).toBeVisible();
  await expect(page.getByTestId('annotation-count')).toHaveText('0');
  await expect(item('WWIII')).toHaveCount(1);
  await expect.poll(async () => (await callApi<Annotation[]>(gloss.url, 'listAnnotations', { articleId: ids[4] })).length).toBe(0);

  // By keyboard (the toasts sit over the panel's buttons): select it, then d.
  await item('WWIII').dispatchEvent('click');
  await expect(item('WWIII')).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('suggestion-list').focus();
  await page.keyboard.press('d');
  await expect(item('WWIII')).toHaveCount(0);
  await page.locator('body').press('Control+z');
  await expect(toast(page, /^Undid: dismiss suggestion .* on ‘WWIII’/)).toBeVisible();
  await expect(item('WWIII')).toHaveCount(1);
  await page.locator('body').press('Control+Shift+z');
  await expect(item('WWIII')).toHaveCount(0);
  // Redo of the earlier accept is gone: dismissing was a new step.
  await expect.poll(async () => (await callApi<{ dismissed: number }>(gloss.url, 'suggest', { articleId: ids[4] })).dismissed).toBe(1);
});

test('an orphan is re-attached from the keyboard (R on its card, select, R) and the re-attach undone', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const GONE = 'The high casualty rate has been attributed to their lack of understanding of modern warfare';
  const [lost] = await annotateViaApi(gloss.url, ids[4]!, [{ quote: GONE, kind: 'opinion' }]);
  const { article } = await callApi<{ article: { text: string } }>(gloss.url, 'getArticle', { id: ids[4] });
  const edited = article.text.replace(GONE, 'Their losses were blamed on');
  await callApi(gloss.url, 'reimportArticle', { id: ids[4], file: { name: 'v2.txt', dataBase64: Buffer.from(edited).toString('base64') } });
  await page.reload();
  await openArticle(page, ENSLAVED);
  const orphan = page.locator(`[data-testid="orphan-card"][data-annotation-id="${lost!.id}"]`);
  await expect(orphan).toBeVisible();
  const before = await stored(gloss.url, ids[4]!, lost!.id);
  expect(before.orphaned).toBe(true);

  // R on the card puts the caret in the text where the passage stood.
  await orphan.focus();
  await page.keyboard.press('r');
  await expect(page.getByTestId('reader-text')).toBeFocused();
  await expect(toast(page, 'Select where it belongs, then press R')).toBeVisible();
  const caretAfter = await page.evaluate(() => {
    const sel = window.getSelection()!;
    const r = document.createRange();
    r.setStart(sel.focusNode!, sel.focusOffset);
    r.setEndAfter(sel.focusNode!.parentElement!.closest('p')!.lastChild!);
    return r.toString();
  });
  expect(caretAfter.startsWith(' Their losses were blamed on') || caretAfter.startsWith('Their losses were blamed on')).toBe(true);
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  const chosen = (await selectedText(page)).trim();
  expect(chosen).toContain('Their losses were');
  await page.keyboard.press('r');
  await expect(toast(page, 'Annotation re-attached')).toBeVisible();
  await expect(orphan).toHaveCount(0);
  await expect(card(page, lost!.id)).toBeVisible();
  await expect.poll(async () => (await stored(gloss.url, ids[4]!, lost!.id)).orphaned).toBe(false);
  expect((await stored(gloss.url, ids[4]!, lost!.id)).target.quote.exact).toBe(chosen);

  await page.keyboard.press('Control+z');
  await expect(toast(page, 'Undid: re-attach on')).toBeVisible();
  await expect(orphan).toBeVisible();
  await expect.poll(async () => (await stored(gloss.url, ids[4]!, lost!.id)).orphaned).toBe(true);
  const detached = await stored(gloss.url, ids[4]!, lost!.id);
  expect(detached.target).toEqual(before.target);
  expect(detached.rev).toBeGreaterThan(before.rev);
  await page.keyboard.press('Control+Shift+z');
  await expect(orphan).toHaveCount(0);
  await expect.poll(async () => (await stored(gloss.url, ids[4]!, lost!.id)).target.quote.exact).toBe(chosen);

  // With the only orphan, R in the text re-attaches the selection to it straight away.
  await page.keyboard.press('Control+z');
  await expect(orphan).toBeVisible();
  await expect(page.getByTestId('reader-text')).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  const second = (await selectedText(page)).trim();
  expect(second.length).toBeGreaterThan(3);
  await page.keyboard.press('r');
  await expect(orphan).toHaveCount(0);
  await expect.poll(async () => (await stored(gloss.url, ids[4]!, lost!.id)).target.quote.exact).toBe(second);
});

test('“Show orphans” after a new version puts the focus on the first lost annotation, ready for R', async ({ app: page, gloss }, testInfo) => {
  const ids = await importSeedsViaApi(gloss.url);
  const GONE = 'The high casualty rate has been attributed to their lack of understanding of modern warfare';
  const [lost] = await annotateViaApi(gloss.url, ids[4]!, [{ quote: GONE, kind: 'opinion' }]);
  const { article } = await callApi<{ article: { text: string } }>(gloss.url, 'getArticle', { id: ids[4] });
  const file = testInfo.outputPath('v2.txt');
  await writeFile(file, article.text.replace(GONE, 'Their losses were blamed on'));
  await page.reload();
  await openArticle(page, ENSLAVED);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-version').click();
  await (await chooser).setFiles(file);
  await page.getByTestId('summary-show-orphans').click();
  const orphan = page.locator(`[data-testid="orphan-card"][data-annotation-id="${lost!.id}"]`);
  await expect(orphan).toBeFocused();
  await page.keyboard.press('r');
  await expect(page.getByTestId('reader-text')).toBeFocused();
});

/**
 * The desktop app's Edit › Undo / Redo arrive as `command` events through the
 * preload bridge. Here a stand-in bridge (window.gloss, as the preload makes
 * it) forwards calls to the test's Gloss over HTTP and lets the test send
 * events the way main does.
 */
test('Edit › Undo and Redo from the desktop menu run the history, or a focused text field’s own undo', async ({ page, gloss, consoleProblems }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const [a] = await annotateViaApi(gloss.url, ids[0]!, [{ quote: PHRASE, kind: 'bias', note: 'Loaded label.' }]);
  await callApi(gloss.url, 'setAnalyst', { name: 'Test Analyst' });
  const url = new URL(gloss.url);
  await page.addInitScript(
    ([origin, token]) => {
      const listeners = new Set<(e: unknown) => void>();
      const call = async (op: string, input: unknown) => {
        const res = await fetch(`${origin}/api/call/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
        return res.json();
      };
      const invoke = new Proxy({}, { get: (_t, op: string) => (input: unknown) => call(op, input) });
      Object.assign(window, {
        gloss: { invoke, platform: 'desktop', onEvent: (l: (e: unknown) => void) => (listeners.add(l), () => listeners.delete(l)) },
        menu: (command: string) => listeners.forEach((l) => l({ type: 'command', command })),
      });
    },
    [url.origin, new URLSearchParams(url.hash.slice(1)).get('token')!] as const,
  );
  await page.goto(url.origin + '/');
  await openArticle(page, BREITBART);
  const menu = (command: 'undo' | 'redo') => page.evaluate((c) => (window as unknown as { menu(c: string): void }).menu(c), command);
  const c = card(page, a!.id);
  await c.click();
  await c.getByTestId('card-grade').fill('B2');
  await c.getByTestId('card-grade').press('Enter');
  await c.getByTestId('card-kind-select').selectOption('claim');
  await c.focus();
  await menu('undo');
  await expect(toast(page, `Undid: kind Claim on ‘${PHRASE}’`)).toBeVisible();
  await expect(c).toHaveAttribute('data-kind', 'bias');
  await menu('redo');
  await expect(c).toHaveAttribute('data-kind', 'claim');
  await expect.poll(async () => (await stored(gloss.url, ids[0]!, a!.id)).kind).toBe('claim');

  // In the note, the menu's Undo is the field's own; the history is untouched.
  const note = c.getByTestId('card-note');
  await note.click();
  await note.press('End');
  await page.keyboard.type(' More');
  await menu('undo');
  await expect.poll(async () => {
    const v = await note.inputValue();
    return v !== 'Loaded label. More' && 'Loaded label. More'.startsWith(v);
  }).toBe(true);
  await expect(c.getByTestId('card-grade')).toHaveValue('B2');

  // A key the page handled is not undone a second time should the menu's accelerator follow it:
  // the note typed above goes back in one step, the kind before it stays.
  await c.focus();
  await page.keyboard.press('Control+z');
  await menu('undo');
  await expect(toast(page, `Undid: note on ‘${PHRASE}’`)).toBeVisible();
  await expect(note).toHaveValue('Loaded label.');
  await expect.poll(async () => (await stored(gloss.url, ids[0]!, a!.id)).note).toBe('Loaded label.');
  await expect(c).toHaveAttribute('data-kind', 'claim');
  expect((await stored(gloss.url, ids[0]!, a!.id)).kind).toBe('claim');
  expect(consoleProblems).toEqual([]);
});

test('the ? list names undo, redo and the re-attach key', async ({ app: page }) => {
  await page.locator('body').press('?');
  const help = page.getByTestId('shortcuts-dialog');
  await expect(help).toBeVisible();
  await expect(help.locator('.shortcut').filter({ hasText: 'Undo the last change' })).toContainText('Ctrl+Z');
  await expect(help.locator('.shortcut').filter({ hasText: /^Ctrl\+Shift\+Z/ })).toContainText('Ctrl+Y');
  await expect(help.locator('.shortcut').filter({ hasText: 'Lost anchor' }).locator('kbd')).toHaveText('R');
});

test('cue, tag and claim-link edits are undone one by one and redone', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const [a] = await annotateViaApi(gloss.url, ids[0]!, [{ quote: 'Kim helps Ukraine retrieve', kind: 'claim' }]);
  await callApi(gloss.url, 'createClaim', { statement: 'Ukraine offered North Korea a prisoner swap' });
  await page.reload();
  await openArticle(page, BREITBART);
  const c = card(page, a!.id);
  const now = () => stored(gloss.url, ids[0]!, a!.id);
  await c.click();
  await c.getByTestId('edit-codes').click();
  await c.locator('[data-testid="card-cues"] [data-code="loaded-language"]').click();
  await c.locator('[data-testid="card-tags"] [data-code="numbers"]').click();
  await c.getByTestId('link-claim-open').click();
  await c.getByTestId('stance-contradicts').click();
  await c.getByTestId('link-claim-option').first().click();
  await expect.poll(async () => (await now()).stance).toBe('contradicts');
  expect(await now()).toMatchObject({ biasCues: ['loaded-language'], tags: ['numbers'] });

  await c.focus();
  await page.keyboard.press('Control+z');
  await expect(toast(page, 'Undid: claim link on ‘Kim helps Ukraine retrieve’')).toBeVisible();
  await expect.poll(async () => (await now()).claimId).toBeUndefined();
  await page.keyboard.press('Control+z');
  await expect(toast(page, 'Undid: tag Numbers on')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(toast(page, 'Undid: cue Loaded language on')).toBeVisible();
  await expect.poll(async () => [(await now()).biasCues, (await now()).tags]).toEqual([[], []]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await now()).biasCues).toEqual(['loaded-language']);
  expect((await now()).tags).toEqual([]);
  // A run of undos leaves one notice, not a stack over the panel.
  await expect(toast(page, 'Redid: cue Loaded language on')).toBeVisible();
  await expect(toast(page, /^(Undid|Redid):/)).toHaveCount(1);
});
