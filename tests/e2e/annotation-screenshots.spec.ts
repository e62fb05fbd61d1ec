import { annotateViaApi, card, dragSelect, importSeedsViaApi, openArticle, type Mark } from './annotation-helpers';
import { expect, test } from './fixtures';
import { screenshotBothThemes } from './helpers';

/** A realistic reading of the partisan seed (004): claims, sources, quotes, and the bias cues that make it partisan. */
const MARKS: Mark[] = [
  { quote: 'Kyiv is prepared to return captured North Korean soldiers to their leader, Kim Jong Un, in exchange for Ukrainian prisoners of war held by Russia', kind: 'claim' },
  { quote: 'the first time Ukraine has confirmed that it has captured North Korean soldiers alive', kind: 'claim' },
  { quote: 'a region currently partially occupied by Ukrainian troops following a lightning incursion in early August', kind: 'opinion', biasCues: ['framing'] },
  { quote: 'lightning incursion', kind: 'bias', biasCues: ['loaded-language'] },
  { quote: 'Ukrainian and Western assessments suggest', kind: 'attribution', biasCues: ['unsourced'] },
  { quote: 'approximately 11,000 North Korean troops have been deployed to Kursk', kind: 'claim', tags: ['numbers/troops'], note: 'Breitbart cites ISW: **about 12,000**; Zelensky said 10,000 in October.' },
  { quote: '11,000', kind: 'question', tags: ['numbers/troops'], note: 'Whose estimate? No source named.' },
  { quote: 'more captures are likely as the war progresses', kind: 'opinion', biasCues: ['speculation'] },
  { quote: '“In addition to the first captured soldiers from North Korea, there will undoubtedly be more.', kind: 'quote' },
  { quote: 'spokesperson Dmitry Peskov declined to comment', kind: 'attribution' },
  { quote: '“We do not know what is true there, who offered what to whom.”', kind: 'quote' },
  { quote: 'sheds light on Pyongyang’s deepening military collaboration with Moscow', kind: 'opinion' },
  { quote: 'Experts suggest that North Korea’s involvement may be part of a broader exchange', kind: 'attribution', biasCues: ['unsourced', 'speculation'] },
  { quote: 'Russia providing technical assistance for North Korea’s nuclear and ballistic missile programs in return for manpower', kind: 'claim' },
  { quote: 'South Korean lawmakers briefed by their country’s National Intelligence Service (NIS)', kind: 'attribution', tags: ['actors'] },
  { quote: 'approximately 300 North Korean soldiers have been killed and 2,700 injured in combat', kind: 'claim', tags: ['numbers/casualties'], note: 'Matches Yonhap; The Journal says “around 300”.' },
  { quote: '2,700 injured', kind: 'evidence', tags: ['numbers/casualties'] },
  { quote: 'The high casualty rate has been attributed to their lack of understanding of modern warfare', kind: 'evidence' },
  { quote: 'instructed soldiers to commit suicide by detonating explosives rather than face capture', kind: 'claim', note: 'Check against the NIS briefing transcript.' },
  { quote: 'likely out of fear of reprisals against their families back home', kind: 'question', biasCues: ['speculation'] },
  { quote: 'one soldier claimed he was unaware he was fighting against Ukraine', kind: 'claim' },
  { quote: 'who are often described as poorly trained and ill-prepared for modern combat', kind: 'bias', biasCues: ['unsourced'] },
  { quote: 'the Russian army is dependent on military assistance from North Korea', kind: 'quote' },
  { quote: 'Anti-Putin propaganda', kind: 'bias', biasCues: ['propaganda-label'] },
  { quote: 'FROZEN Russian assets', kind: 'bias', biasCues: ['sensationalism'] },
  { quote: 'foresees Russian VICTORY', kind: 'bias', biasCues: ['sensationalism'] },
];

test('screenshots: a reader with 26 highlights, overlapping ones among them', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const made = await annotateViaApi(gloss.url, ids[4]!, MARKS);
  await page.reload();
  await openArticle(page, 'announced on Sunday');
  await expect(page.getByTestId('annotation-count')).toHaveText(String(MARKS.length));
  await expect(page.locator('.reader-text .hl')).not.toHaveCount(0);
  expect(await page.locator('.reader-text .hl .hl').count()).toBeGreaterThan(2);

  // Focus the troop-number claim: its card opens for editing, its highlight wears a ring.
  await card(page, made[5]!.id).click();
  await page.getByTestId('reader-pane').evaluate((el) => (el.scrollTop = 330));
  await page.mouse.move(995, 300);
  await page.waitForTimeout(2000); // the jump's flash fades
  await screenshotBothThemes(page, 'annotations-reader');

  // Colour by tag instead of kind.
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  await page.getByTestId('color-by-tag').click();
  await expect(page.locator('.reader-host')).toHaveAttribute('data-color-by', 'tag');
  await page.screenshot({ path: 'tests/e2e/screenshots/annotations-by-tag-light.png', animations: 'disabled', caret: 'hide' });
  await page.getByTestId('color-by-kind').click();

  // The popover: kinds offered for a fresh selection, then cues, tags and a note.
  await page.getByTestId('color-by-kind').click();
  await page.keyboard.press('Escape');
  await dragSelect(page, 'Cynthia’s Pursuit of Truth channel on Brighteon.com');
  await expect(page.getByTestId('composer')).toBeVisible();
  await page.mouse.move(995, 300);
  await page.waitForTimeout(300);
  await screenshotBothThemes(page, 'composer-offer');
  await page.keyboard.press('b');
  await page.keyboard.press('u');
  await page.keyboard.press('Tab');
  await page.keyboard.type('A video channel as the source: **unverifiable**.');
  await screenshotBothThemes(page, 'composer-edit');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('composer')).toBeHidden();
  await expect(page.getByTestId('annotation-count')).toHaveText(String(MARKS.length + 1));
});
