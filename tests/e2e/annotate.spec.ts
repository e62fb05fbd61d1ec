import type { Annotation } from '../../shared/model';
import { card, clickText, decoratedText, dragSelect, highlight, importSeedsViaApi, openArticle, selectedText, annotateViaApi } from './annotation-helpers';
import { callApi, expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const BREITBART = 'published a video on social media';
const ENSLAVED = 'announced on Sunday';

/** The caret's offset in the reader's text and the paragraph it is in, read from the DOM selection. */
function caret(page: Page) {
  return page.evaluate(() => {
    const sel = window.getSelection()!;
    const p = sel.focusNode?.parentElement?.closest('p');
    const paragraphs = [...document.querySelectorAll('.reader-text p')];
    if (!p || !sel.focusNode) return { paragraph: -1, offset: -1, after: '' };
    const r = document.createRange();
    r.setStart(p, 0);
    r.setEnd(sel.focusNode, sel.focusOffset);
    const offset = r.toString().length;
    return { paragraph: paragraphs.indexOf(p), offset, after: (p.textContent ?? '').slice(offset) };
  });
}

const unsaved = (page: Page) => page.locator('.reader-text [data-annotation-id^="tmp-"]');

test('(a) annotates by keyboard only: caret, shift+arrows, kind key, cue key, Enter; it persists', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  await page.reload();
  await openArticle(page, BREITBART);
  const phrase = 'communist dictator Kim Jong-un';

  // Caret browsing: F7 puts a caret in the text; ↓ walks lines, Ctrl+→ words, → characters.
  await page.keyboard.press('F7');
  await expect(page.getByTestId('reader-text')).toBeFocused();
  for (let i = 0; i < 30 && (await caret(page)).paragraph < 1; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  expect((await caret(page)).paragraph).toBe(1);
  const target = (await page.locator('.reader-text p').nth(1).textContent())!.indexOf(phrase);
  for (let i = 0; i < 60; i++) {
    const { offset } = await caret(page);
    if (offset === target) break;
    if (target - offset > 12) await page.keyboard.press('Control+ArrowRight');
    else await page.keyboard.press(offset < target ? 'ArrowRight' : 'ArrowLeft');
  }
  expect((await caret(page)).after.startsWith(phrase)).toBe(true);

  // Shift extends: by word while far, by character near the end.
  for (let i = 0; i < 60; i++) {
    const selected = await selectedText(page);
    if (selected === phrase) break;
    if (phrase.length - selected.length > 8) await page.keyboard.press('Shift+Control+ArrowRight');
    else await page.keyboard.press(selected.length < phrase.length ? 'Shift+ArrowRight' : 'Shift+ArrowLeft');
  }
  expect(await selectedText(page)).toBe(phrase);

  const composer = page.getByTestId('composer');
  await expect(composer).toBeVisible();
  await page.keyboard.press('b');
  await expect(composer.getByTestId('kind-bias')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('l');
  await expect(composer.locator('[data-code="loaded-language"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('draft-range')).toContainText(phrase);
  await page.keyboard.press('Enter');
  await expect(composer).toBeHidden();

  const cards = page.getByTestId('annotation-card');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toHaveAttribute('data-kind', 'bias');
  await expect(cards.first().getByTestId('card-quote')).toHaveText(phrase);
  await expect(page.locator('.reader-text .hl-bias')).toHaveText(phrase);
  // Keys typed mid-annotation never changed the text.
  await expect(page.locator('.reader-text p').nth(1)).toContainText(`to ${phrase} if Kim helps`);
  await expect(unsaved(page)).toHaveCount(0);

  await page.reload();
  await openArticle(page, BREITBART);
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Loaded language');
  await expect(page.locator('.reader-text .hl-bias')).toHaveText(phrase);
  const saved = await callApi<Annotation[]>(gloss.url, 'listAnnotations', { articleId: ids[0] });
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ kind: 'bias', biasCues: ['loaded-language'], target: { quote: { exact: phrase } }, author: { name: 'Test Analyst' } });
});

test('in a short window the popover scrolls into view, Save included, with the selection still visible', async ({ app: page, gloss }) => {
  await importSeedsViaApi(gloss.url);
  await page.setViewportSize({ width: 1280, height: 640 });
  await page.reload();
  await openArticle(page, ENSLAVED);
  const phrase = 'declined to comment';
  // Centred in the pane: the full popover fits neither below nor above it.
  await page.evaluate((q) => {
    const p = [...document.querySelectorAll('.reader-text p')].find((el) => el.textContent?.includes(q))!;
    p.scrollIntoView({ block: 'center' });
  }, phrase);
  await dragSelect(page, phrase);
  await page.keyboard.press('a');
  const composer = page.getByTestId('composer');
  await expect(composer).toHaveAttribute('aria-label', 'New attribution annotation');
  await expect(composer.getByTestId('composer-save')).toBeInViewport();
  await expect(page.getByTestId('draft-range')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('.reader-text .hl-attribution')).toHaveText(phrase);
});

test('(b) overlapping highlights: each stays clickable and focuses its own card', async ({ app: page, gloss }) => {
  await importSeedsViaApi(gloss.url);
  await page.reload();
  await openArticle(page, ENSLAVED);
  const outer = 'approximately 11,000 North Korean troops have been deployed to Kursk';
  const inner = '11,000 North Korean troops';

  await dragSelect(page, outer);
  await page.getByTestId('composer').getByTestId('kind-evidence').click();
  await page.getByTestId('composer-save').click();
  await dragSelect(page, inner);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('annotation-card')).toHaveCount(2);
  await expect(unsaved(page)).toHaveCount(0);

  const [evidence, claim] = await Promise.all(
    ['evidence', 'claim'].map((k) => page.locator(`[data-testid="annotation-card"][data-kind="${k}"]`).getAttribute('data-annotation-id')),
  );
  // Nested, not merged: the inner span sits inside the outer one.
  await expect(highlight(page, evidence!).locator(`[data-annotation-id="${claim}"]`)).toHaveText(inner);

  await clickText(page, 'deployed');
  await expect(card(page, evidence!)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('overlap-chooser')).toBeHidden();

  // Where they overlap the innermost wins; the chooser offers the other, and clicking again cycles.
  await clickText(page, 'North Korean troops have', 0);
  await expect(card(page, claim!)).toHaveAttribute('aria-current', 'true');
  await expect(card(page, evidence!)).not.toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('overlap-chooser')).toContainText('2 annotations here');
  await clickText(page, 'North Korean troops have', 0);
  await expect(card(page, evidence!)).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('overlap-chooser').getByRole('menuitemradio', { name: /Claim/ }).click();
  await expect(card(page, claim!)).toHaveAttribute('aria-current', 'true');

  // And the other way round: a card click scrolls to its highlight and flashes it.
  await card(page, evidence!).click();
  await expect(card(page, evidence!)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => decoratedText(page, '[data-testid="flash"]')).toBe(outer);
  await expect.poll(() => decoratedText(page, '.hl-focus-ring')).toBe(outer);
});

test('(c) delete, then undo from the toast and with Ctrl+Z', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const [a, b] = await annotateViaApi(gloss.url, ids[4]!, [
    { quote: 'approximately 300 North Korean soldiers have been killed', kind: 'claim', tags: ['numbers/casualties'] },
    { quote: '2,700 injured in combat', kind: 'claim' },
  ]);
  await page.reload();
  await openArticle(page, ENSLAVED);
  const c = card(page, a!.id);
  await expect(c).toBeVisible();

  await c.hover();
  await c.getByTestId('card-delete').click();
  await expect(c).toBeHidden();
  await expect(highlight(page, a!.id)).toHaveCount(0);
  const toast = page.getByTestId('toast').filter({ hasText: 'Annotation deleted' });
  await expect(toast).toContainText('approximately 300 North Korean soldiers');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(c).toBeVisible();
  await expect(highlight(page, a!.id)).toHaveCount(1);

  // Keyboard: Delete on the focused card (the next card takes the focus), Ctrl+Z undoes.
  await c.focus();
  await page.keyboard.press('Delete');
  await expect(c).toBeHidden();
  await expect(card(page, b!.id)).toBeFocused();
  await expect(toast).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(c).toBeVisible();
  await expect(highlight(page, a!.id)).toHaveCount(1);
  // Undone by the keys, the delete's toast no longer offers an Undo that would do nothing.
  await expect(toast).toHaveCount(0);
  await expect(page.getByTestId('toast').filter({ hasText: 'Undid' })).toBeVisible();

  // Ctrl+Z also works with the caret in the text, where ProseMirror would swallow it.
  await c.getByTestId('card-delete').click();
  await expect(c).toBeHidden();
  await clickText(page, 'The Kremlin has neither');
  await expect(page.getByTestId('reader-text')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(c).toBeVisible();
  await expect(page.locator('.reader-text')).toContainText('The Kremlin has neither confirmed nor denied');
  await expect.poll(async () => (await callApi<Annotation[]>(gloss.url, 'listAnnotations', { articleId: ids[4] })).length).toBe(2);
  await page.reload();
  await openArticle(page, ENSLAVED);
  await expect(card(page, a!.id)).toBeVisible();
});

test('a failed save is shown, retried, and the typed note survives a reload', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const [a] = await annotateViaApi(gloss.url, ids[4]!, [{ quote: 'Dmitry Peskov declined to comment', kind: 'attribution' }]);
  await page.reload();
  await openArticle(page, ENSLAVED);
  // The host answers every edit with a failure that may pass (as a full disk or a lock would).
  await page.route('**/api/call/updateAnnotation', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'internal', message: 'The disk is busy.' } } }),
  );
  await card(page, a!.id).click();
  await card(page, a!.id).getByTestId('card-note').fill('Peskov: “We do not know what is true there”');
  const status = card(page, a!.id).getByTestId('save-status');
  await expect(status).toContainText('Not saved — retrying');

  // Nothing typed is lost, even across a reload while the host still fails.
  await page.reload();
  await openArticle(page, ENSLAVED);
  await card(page, a!.id).click();
  await expect(card(page, a!.id).getByTestId('card-note')).toHaveValue('Peskov: “We do not know what is true there”');
  await expect(status).toBeVisible();

  await page.unroute('**/api/call/updateAnnotation');
  await status.getByRole('button', { name: 'Retry' }).click();
  await expect(status).toBeHidden();
  const saved = await callApi<Annotation[]>(gloss.url, 'listAnnotations', { articleId: ids[4] });
  expect(saved[0]!.note).toBe('Peskov: “We do not know what is true there”');
});
