/** Issue #5: Admiralty grades, suggestions, outlet profiles, the codebook and claims, through the UI. */
import type { Page } from '@playwright/test';
import { annotateViaApi, card, clickText, dragSelect, importSeedsViaApi, openArticle } from './annotation-helpers';
import { callApi, expect, test } from './fixtures';

const view = (page: Page, name: 'library' | 'sources' | 'claims' | 'codebook') => page.getByTestId(`view-${name}`).click();

test('(a) grades by keyboard: E5 on a focused card, B2 in the composer; the words show on hover; bad codes show the range', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const [made] = await annotateViaApi(gloss.url, ids[0]!, [{ quote: 'several hundred casualties', kind: 'claim' }]);
  await page.reload();
  await openArticle(page, 'published a video');

  // A card with keyboard focus takes a grade as typed.
  await card(page, made!.id).focus();
  await page.keyboard.type('e9');
  await expect(page.getByTestId('card-grade')).toBeFocused();
  await expect(page.getByTestId('card-grade')).toHaveValue('E9');
  await expect(page.getByTestId('card-grade-hint')).toContainText('A–F');
  await expect(page.getByTestId('card-grade')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('5');
  await expect(page.getByTestId('card-grade-hint')).toHaveText('E5 — unreliable, improbable');
  await page.keyboard.press('Enter');
  const badge = card(page, made!.id).getByTestId('grade-badge');
  await expect(badge).toHaveText('E5');
  await expect(badge).toHaveAttribute('title', 'E5 — unreliable, improbable');
  await expect.poll(async () => (await callApi<{ grading?: unknown }[]>(gloss.url, 'listAnnotations', { articleId: ids[0] }))[0]!.grading).toEqual({ source: 'E', credibility: '5' });

  // One axis typed keeps the other: "2" makes E5 into E2.
  await card(page, made!.id).focus();
  await page.keyboard.type('2');
  await expect(page.getByTestId('card-grade-hint')).toHaveText('E2 — unreliable, probably true');
  await page.keyboard.press('Enter');
  await expect(badge).toHaveText('E2');

  // In the composer: select, pick a kind, Shift+G, type the grade, Enter saves it all.
  await dragSelect(page, 'Kim received a visit to Pyongyang');
  await page.keyboard.press('1');
  await page.keyboard.press('Shift+G');
  await expect(page.getByTestId('composer-grade')).toBeFocused();
  await page.keyboard.type('b2');
  await expect(page.getByTestId('composer-grade-hint')).toHaveText('B2 — usually reliable, probably true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('composer')).toBeHidden();
  const fresh = page.getByTestId('annotation-card').filter({ hasText: 'Kim received a visit to Pyongyang' });
  await expect(fresh.getByTestId('grade-badge')).toHaveText('B2');
  await fresh.getByTestId('grade-badge').hover();
  await expect(fresh.getByTestId('grade-badge')).toHaveAttribute('title', 'B2 — usually reliable, probably true');
});

test('(b) suggestions on seed 004: dotted marks, accept one, dismiss another; both stay that way after a reload', async ({ app: page, gloss }) => {
  await importSeedsViaApi(gloss.url);
  await page.reload();
  await openArticle(page, 'announced on Sunday');
  await expect(page.locator('.reader-text .sg')).not.toHaveCount(0);
  await page.getByTestId('panel-tab-suggestions').click();
  const items = page.getByTestId('suggestion');
  await expect(items.first()).toBeVisible();
  const before = await items.count();
  expect(before).toBeGreaterThanOrEqual(7);

  // Accept with the button.
  const propaganda = items.filter({ hasText: 'Anti-Putin propaganda:' });
  await propaganda.getByTestId('suggestion-accept').click();
  await expect(items.filter({ hasText: 'Anti-Putin propaganda:' })).toHaveCount(0);

  // Dismiss from the text: a click on the dotted mark selects its suggestion, d dismisses it.
  await clickText(page, 'FROZEN');
  const frozen = items.filter({ has: page.locator('[data-testid="suggestion-quote"]', { hasText: /^FROZEN$/ }) });
  await expect(frozen).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('suggestion-list')).toBeFocused();
  await page.keyboard.press('d');
  await expect(frozen).toHaveCount(0);
  await expect(items).toHaveCount(before - 2);
  await expect(page.getByTestId('suggestions-restore')).toHaveText('Show 1 dismissed');

  // The accepted one is an annotation by the analyst, marked as from a suggestion, and painted.
  await page.getByTestId('panel-tab-annotations').click();
  const accepted = page.getByTestId('annotation-card').filter({ hasText: 'Anti-Putin propaganda:' });
  await expect(accepted.getByTestId('badge-suggested')).toHaveText('from suggestion');
  await expect(accepted.getByTestId('card-author')).toHaveText('Test Analyst');
  const id = await accepted.getAttribute('data-annotation-id');
  await expect(page.locator(`.reader-text [data-annotation-id="${id}"]`)).toHaveText('Anti-Putin propaganda:');

  await page.reload();
  await openArticle(page, 'announced on Sunday');
  await page.getByTestId('panel-tab-suggestions').click();
  await expect(items).toHaveCount(before - 2);
  await expect(items.filter({ has: page.locator('[data-testid="suggestion-quote"]', { hasText: /^FROZEN$/ }) })).toHaveCount(0);
  await expect(page.locator('.reader-text [data-suggestion-key^="sensationalism|frozen|"]')).toHaveCount(0);

  // Keyboard: j moves, a accepts.
  await page.getByTestId('suggestion-list').focus();
  await page.keyboard.press('j');
  const second = await items.nth(1).getAttribute('data-key');
  await expect(items.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('a');
  await expect(page.locator(`[data-testid="suggestion"][data-key="${second}"]`)).toHaveCount(0);
  await expect(page.getByTestId('annotation-count')).toHaveText('2');

  // Show dismissed brings FROZEN back.
  await page.getByTestId('suggestions-restore').click();
  await expect(items.filter({ has: page.locator('[data-testid="suggestion-quote"]', { hasText: /^FROZEN$/ }) })).toHaveCount(1);
});

test('accepting a suggestion can be undone from its toast: the annotation goes, the suggestion comes back', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  await page.reload();
  await openArticle(page, 'announced on Sunday');
  await page.getByTestId('panel-tab-suggestions').click();
  const wwiii = page.getByTestId('suggestion').filter({ has: page.locator('[data-testid="suggestion-quote"]', { hasText: /^WWIII$/ }) });
  await wwiii.getByTestId('suggestion-accept').click();
  await expect(wwiii).toHaveCount(0);
  await expect(page.getByTestId('annotation-count')).toHaveText('1');
  await page.getByTestId('toast').filter({ hasText: 'Suggestion accepted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('annotation-count')).toHaveText('0');
  await expect(wwiii).toHaveCount(1);
  await expect.poll(async () => (await callApi<unknown[]>(gloss.url, 'listAnnotations', { articleId: ids[4] })).length).toBe(0);
});

test('(c) the Sources view shows Enslaved.news’ profile, and it follows annotations live', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  await page.reload();
  await expect(page.getByTestId('article-row')).toHaveCount(5);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(page.getByTestId('sources-view')).toBeVisible();
  await expect(page.getByTestId('source-row')).toHaveCount(5);
  await expect(page.locator('[data-testid="source-row"][data-name="Enslaved.news"]')).toContainText('1 article');
  await page.locator('[data-testid="source-row"][data-name="Enslaved.news"]').click();
  await expect(page.getByTestId('source-name')).toHaveText('Enslaved.news');
  await expect(page.getByTestId('stat-loaded')).toHaveText('0.00');
  await expect(page.getByTestId('cue-bars')).toHaveCount(0);

  // Rate the outlet by keyboard (type the letter, Tab to the rationale, Ctrl+Enter) and write a note.
  await page.getByTestId('source-rating-edit').click();
  await expect(page.getByTestId('source-grade-A')).toBeFocused();
  await page.keyboard.press('e');
  await expect(page.getByTestId('source-grade-E')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('source-grade-E')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Partisan aggregator; unattributed claims, propaganda labels.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('source-rating-grade')).toHaveText('E');
  await expect(page.getByTestId('source-rating-edit')).toBeFocused();
  await expect(page.locator('[data-testid="source-row"][data-name="Enslaved.news"] [data-testid="source-rating-badge"]')).toHaveText('E');
  await page.getByTestId('source-notes-edit').click();
  await page.getByTestId('source-notes-input').fill('Republishes **Brighteon** videos.');
  await page.getByTestId('source-notes-save').click();
  await expect(page.getByTestId('source-notes').locator('strong')).toHaveText('Brighteon');

  // Annotate in the reader: a bias annotation with the loaded-language cue.
  await page.getByTestId('source-article').first().click();
  await expect(page.getByTestId('reader-text')).toBeVisible();
  await expect(page.getByTestId('annotation-panel').getByText('Loading annotations…')).toBeHidden();
  await dragSelect(page, 'lightning incursion');
  await page.keyboard.press('b');
  await page.keyboard.press('l');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('annotation-card')).toHaveCount(1);
  await view(page, 'sources');
  await page.locator('[data-testid="source-row"][data-name="Enslaved.news"]').click();
  const bars = page.getByTestId('cue-bars');
  await expect(bars.locator('[data-cue="loaded-language"]')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('stat-loaded')).not.toHaveText('0.00');

  // Live: work done elsewhere (another window, the CLI) shows without leaving the view.
  await annotateViaApi(gloss.url, ids[4]!, [
    { quote: 'FROZEN', kind: 'bias', biasCues: ['sensationalism'] },
    { quote: 'VICTORY', kind: 'bias', biasCues: ['sensationalism'] },
  ]);
  await expect(bars.locator('[data-cue="sensationalism"]')).toHaveAttribute('data-count', '2');
  await expect(page.getByTestId('stat-annotations')).toHaveText('3');

  // An example quote opens the article at that annotation.
  await page.getByTestId('cue-example').filter({ hasText: 'VICTORY' }).click();
  await expect(page.getByTestId('reader-text')).toBeVisible();
  await expect(page.locator('.card-focused')).toContainText('VICTORY');
});

test('(d) renaming a code in the codebook: the card’s chip follows', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const [made] = await annotateViaApi(gloss.url, ids[1]!, [{ quote: '12,000 soldiers', kind: 'claim', tags: ['numbers/troops'] }]);
  await page.reload();
  await openArticle(page, 'Zelenskyy proposed');
  await expect(card(page, made!.id).locator('.card-code')).toHaveText('Numbers › Troop numbers');

  await view(page, 'codebook');
  await expect(page.getByTestId('codebook-view')).toBeVisible();
  const row = page.locator('[data-testid="code-row"][data-path="numbers/troops"]');
  await expect(row.getByTestId('code-usage')).toHaveText('1');
  await row.click();
  await page.getByTestId('code-label').fill('Troops deployed');
  await page.getByTestId('code-path').fill('numbers/deployed');
  await expect(page.getByTestId('code-rename-warning')).toContainText('1 use on annotations');
  await page.getByTestId('code-save').click();
  await expect(page.locator('[data-testid="code-row"][data-path="numbers/deployed"]')).toContainText('Troops deployed');
  await expect(page.locator('[data-testid="code-row"][data-path="numbers/troops"]')).toHaveCount(0);

  await view(page, 'library');
  await expect(card(page, made!.id).locator('.card-code')).toHaveText('Numbers › Troops deployed');
  await expect.poll(async () => (await callApi<{ tags: string[] }[]>(gloss.url, 'listAnnotations', { articleId: ids[1] }))[0]!.tags).toEqual(['numbers/deployed']);
});

test('(e) two annotations from different articles linked to one claim with different stances', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const [x] = await annotateViaApi(gloss.url, ids[0]!, [{ quote: 'about 12,000 North Korean troops', kind: 'claim' }]);
  const [y] = await annotateViaApi(gloss.url, ids[4]!, [{ quote: 'approximately 11,000 North Korean troops', kind: 'claim' }]);
  await page.reload();

  await openArticle(page, 'published a video');
  await card(page, x!.id).click();
  await card(page, x!.id).getByTestId('link-claim-open').click();
  await page.getByTestId('link-claim-statement').fill('About 12,000 North Korean troops are deployed to Kursk.');
  await page.getByTestId('link-claim-create').click();
  await expect(card(page, x!.id).getByTestId('card-claim')).toContainText('About 12,000 North Korean troops');

  await openArticle(page, 'announced on Sunday');
  await card(page, y!.id).click();
  await card(page, y!.id).getByTestId('link-claim-open').click();
  await page.getByTestId('stance-contradicts').click();
  await page.getByTestId('link-claim-search').fill('12,000');
  await page.getByTestId('link-claim-option').first().click();
  await expect(card(page, y!.id).getByTestId('card-claim')).toContainText('Contradicts');

  await view(page, 'claims');
  const claimCard = page.getByTestId('claim-card');
  await expect(claimCard).toHaveCount(1);
  await expect(claimCard.getByTestId('claim-stance-supports').getByTestId('claim-link')).toHaveAttribute('data-outlet', 'Breitbart');
  await expect(claimCard.getByTestId('claim-stance-supports')).toContainText('about 12,000 North Korean troops');
  await expect(claimCard.getByTestId('claim-stance-contradicts').getByTestId('claim-link')).toHaveAttribute('data-outlet', 'Enslaved.news');
  await expect(claimCard.getByTestId('claim-stance-contradicts')).toContainText('approximately 11,000 North Korean troops');

  // Status and grade are edited on the claim itself.
  await claimCard.getByTestId('claim-status').selectOption('disputed');
  await expect(claimCard.getByTestId('claim-status')).toHaveClass(/claim-status-disputed/);
  await claimCard.getByTestId('claim-grade').fill('c3');
  await claimCard.getByTestId('claim-grade').press('Enter');
  await expect(claimCard.getByTestId('claim-grade-badge')).toHaveText('C3');

  // A linked passage opens its article there.
  await claimCard.getByTestId('claim-stance-contradicts').getByTestId('claim-link').click();
  await expect(page.getByTestId('reader-text')).toBeVisible();
  await expect(card(page, y!.id)).toHaveClass(/card-focused/);
});

test('the lexicon is edited in Preferences: a bad pattern is refused by name, a good one is saved, reset restores', async ({ app: page, gloss }) => {
  await page.getByTestId('preferences-button').click();
  const section = page.getByTestId('lexicon-section');
  await expect(section.getByTestId('lexicon-entry').first()).toBeVisible();
  const count = await section.getByTestId('lexicon-entry').count();
  await section.getByTestId('lexicon-add').click();
  await section.getByTestId('lexicon-pattern').fill('([');
  await section.getByTestId('lexicon-regex').check();
  await section.getByTestId('lexicon-reason').fill('A broken pattern.');
  await section.getByTestId('lexicon-entry-done').click();
  await section.getByTestId('lexicon-save').click();
  await expect(section.getByTestId('lexicon-error')).toContainText('“entry”');
  await section.locator('[data-testid="lexicon-entry"][data-id="entry"]').getByTestId('lexicon-remove').click();
  await section.getByTestId('lexicon-add').click();
  await section.getByTestId('lexicon-pattern').fill('interrogation');
  await section.getByTestId('lexicon-reason').fill('Test entry.');
  await section.getByTestId('lexicon-entry-done').click();
  await section.getByTestId('lexicon-save').click();
  await expect(section).toContainText('Your edited lexicon');
  await expect(section.getByTestId('lexicon-entry')).toHaveCount(count + 1);
  expect((await callApi<{ custom: boolean }>(gloss.url, 'getLexicon', {})).custom).toBe(true);
  await section.getByTestId('lexicon-reset').click();
  await expect(section).toContainText('Built-in lexicon');
  await expect(section.getByTestId('lexicon-entry')).toHaveCount(count);
});
