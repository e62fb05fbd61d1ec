/** Documentation screenshots of the judgement views (light and dark), on the five seeds with a realistic reading. */
import { annotateViaApi, importSeedsViaApi, openArticle } from './annotation-helpers';
import { callApi, expect, test } from './fixtures';
import { screenshotBothThemes } from './helpers';

test('screenshots: suggestions, sources, codebook and claims', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const a4 = await annotateViaApi(gloss.url, ids[4]!, [
    { quote: 'lightning incursion', kind: 'bias', biasCues: ['loaded-language'] },
    { quote: 'Ukrainian and Western assessments suggest', kind: 'attribution', biasCues: ['unsourced'] },
    { quote: 'approximately 11,000 North Korean troops have been deployed to Kursk', kind: 'claim', tags: ['numbers/troops'] },
    { quote: 'more captures are likely as the war progresses', kind: 'opinion', biasCues: ['speculation'] },
    { quote: 'instructed soldiers to commit suicide by detonating explosives rather than face capture', kind: 'claim' },
    { quote: 'FROZEN Russian assets', kind: 'bias', biasCues: ['sensationalism'] },
    { quote: 'foresees Russian VICTORY', kind: 'bias', biasCues: ['sensationalism'] },
  ]);
  const a0 = await annotateViaApi(gloss.url, ids[0]!, [
    { quote: 'about 12,000 North Korean troops', kind: 'claim', tags: ['numbers/troops'] },
    { quote: 'Russian strongman Vladimir Putin', kind: 'bias', biasCues: ['loaded-language'] },
    { quote: 'communist dictator', kind: 'bias', biasCues: ['loaded-language'] },
  ]);
  const a1 = await annotateViaApi(gloss.url, ids[1]!, [{ quote: '12,000 soldiers', kind: 'claim', tags: ['numbers/troops'] }]);
  await callApi(gloss.url, 'grade', { id: a4[2]!.id, grade: 'D3' });
  await callApi(gloss.url, 'grade', { id: a4[4]!.id, grade: 'E4' });
  await callApi(gloss.url, 'grade', { id: a0[0]!.id, grade: 'B2' });
  await callApi(gloss.url, 'grade', { id: a1[0]!.id, grade: 'B2' });
  const sources = await callApi<{ id: string; name: string }[]>(gloss.url, 'listSources', {});
  const outlet = (name: string) => sources.find((s) => s.name === name)!.id;
  await callApi(gloss.url, 'updateSource', {
    id: outlet('Enslaved.news'),
    patch: {
      rating: { grade: 'E', rationale: 'Partisan aggregator: republishes unverified video channels, frames Western reporting as propaganda.' },
      ownership: 'Part of the **Natural News** network of sites run by Mike Adams (Health Ranger).',
      notes: 'Useful as a signal of what circulates in that network; never as a source of fact.',
    },
  });
  await callApi(gloss.url, 'updateSource', { id: outlet('The Korea Times'), patch: { rating: { grade: 'B', rationale: 'Established daily; cites Yonhap and the NIS.' } } });
  await callApi(gloss.url, 'updateSource', { id: outlet('Breitbart'), patch: { rating: { grade: 'C', rationale: 'Accurate on sourced figures, loaded framing.' } } });
  const claim = await callApi<{ id: string }>(gloss.url, 'createClaim', {
    statement: 'About 12,000 North Korean troops have been deployed to the Kursk region.',
    status: 'disputed',
    grading: { source: 'B', credibility: '3' },
    notes: 'Estimates range from 10,000 (Zelensky, October) to 12,000 (ISW); Enslaved.news gives 11,000 without a source.',
    link: { articleId: ids[0], id: a0[0]!.id, stance: 'supports' },
  });
  await callApi(gloss.url, 'updateAnnotation', { articleId: ids[1], id: a1[0]!.id, patch: { claimId: claim.id, stance: 'supports' } });
  await callApi(gloss.url, 'updateAnnotation', { articleId: ids[4], id: a4[2]!.id, patch: { claimId: claim.id, stance: 'qualifies' } });
  const second = await callApi<{ id: string }>(gloss.url, 'createClaim', {
    statement: 'North Korean soldiers were ordered to kill themselves rather than be captured.',
    link: { articleId: ids[4], id: a4[4]!.id, stance: 'supports' },
  });
  await callApi(gloss.url, 'updateClaim', { id: second.id, patch: { grading: { source: 'C', credibility: '4' } } });

  // Suggestions: dotted marks in the text and the panel beside it.
  await page.reload();
  await openArticle(page, 'announced on Sunday');
  await page.getByTestId('panel-tab-suggestions').click();
  await expect(page.getByTestId('suggestion').first()).toBeVisible();
  await page.getByTestId('suggestion').filter({ hasText: 'Anti-Putin propaganda:' }).click();
  await page.mouse.move(700, 820);
  await page.waitForTimeout(600);
  await screenshotBothThemes(page, 'suggestions');

  await page.getByTestId('view-sources').click();
  await page.locator('[data-testid="source-row"][data-name="Enslaved.news"]').click();
  await expect(page.getByTestId('cue-bars')).toBeVisible();
  await page.waitForTimeout(300);
  await screenshotBothThemes(page, 'sources-view');

  await page.getByTestId('view-codebook').click();
  await page.locator('[data-testid="code-row"][data-path="numbers/troops"]').click();
  await page.getByTestId('code-path').fill('numbers/deployed');
  await expect(page.getByTestId('code-rename-warning')).toBeVisible();
  await screenshotBothThemes(page, 'codebook-manager');

  await page.getByTestId('view-claims').click();
  await expect(page.getByTestId('claim-card')).toHaveCount(2);
  await screenshotBothThemes(page, 'claims-view');
});
