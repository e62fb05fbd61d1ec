import { describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/result';
import { normalizeText } from '../../../shared/text';
import { parseFile, restoreBlock } from '../../../main/import';
import { findDate, normalizePublished, outletFromCopyright, parseMetaLine, readableOutlet } from '../../../main/import/metadata';
import { firstSentence, guessTitle, titleFromFileName } from '../../../main/import/title';
import { utf8 } from './support';

const BODY = [
  'The harbour authority confirmed on Tuesday that the northern pier will close for repairs in March, affecting about 40 fishing boats.',
  'Boat owners said they had not been consulted and asked for a temporary berth in the southern basin.',
  'The authority said a decision on temporary berths would follow next week.',
];
const article = (...paras: string[]) => utf8(paras.join('\n\n'));

describe('dates and bylines', () => {
  it.each([
    ['01/14/2025 / By Arsenio Toledo', { date: '2025-01-14', author: 'Arsenio Toledo' }],
    ['By Jane Doe | January 14, 2025', { date: '2025-01-14', author: 'Jane Doe' }],
    ['Published 14 January 2025, 10:32 GMT', { date: '2025-01-14' }],
    ['Jan. 14, 2025', { date: '2025-01-14' }],
    ['Updated: 2025-01-14', { date: '2025-01-14' }],
    ['31/12/2024', { date: '2024-12-31' }],
    ['Tuesday, 14 Jan 2025', { date: '2025-01-14' }],
    ['By ARSENIO TOLEDO', { author: 'Arsenio Toledo' }],
    ['By Jane Doe and John Roe', { author: 'Jane Doe and John Roe' }],
    ['By Anna van der Berg', { author: 'Anna van der Berg' }],
  ])('%s', (line, expected) => {
    expect(parseMetaLine(line)).toEqual(expected);
  });

  it.each([
    'By Sunday the troops had withdrawn from the border, officials said.',
    'On 14 January 2025 the council met to discuss the bridge.',
    '02/30/2025',
    '13/13/2025 / By Someone',
    'By the river',
    'Written by a committee of seven concerned residents of the eastern docks area',
  ])('not metadata: %s', (line) => {
    expect(parseMetaLine(line)).toBeUndefined();
  });

  it('never produces an impossible date', () => {
    expect(findDate('29/02/2023')).toBeUndefined();
    expect(findDate('29/02/2024')?.iso).toBe('2024-02-29');
    expect(findDate('February 30, 2025')).toBeUndefined();
    expect(normalizePublished('2025-01-14T10:00Z')).toBe('2025-01-14T10:00:00Z');
    expect(normalizePublished('2025-01-14T10:00:00+0100')).toBe('2025-01-14T10:00:00+01:00');
    expect(normalizePublished('2025-01-14T10:00:00')).toBe('2025-01-14');
    expect(normalizePublished('2025-02-31T10:00:00Z')).toBeUndefined();
    expect(normalizePublished('Tue, 14 Jan 2025 10:00:00 GMT')).toBe('2025-01-14');
    expect(normalizePublished('soon')).toBeUndefined();
  });

  it('a date line below a title is read and stripped; the title still found', async () => {
    const a = await parseFile('pier.txt', article('Northern pier to close for repairs', 'By Ola Nordmann', 'March 3, 2025', ...BODY));
    expect(a.title).toBe('Northern pier to close for repairs');
    expect(a.author).toBe('Ola Nordmann');
    expect(a.publishedAt).toBe('2025-03-03');
    expect(a.stripped.map((b) => [b.paragraphIndex, b.reason])).toEqual([
      [0, 'title (used as metadata)'],
      [1, 'date and byline (used as metadata)'],
    ]);
    expect(a.text).toBe(BODY.join('\n\n'));
  });

  it('a byline further down the article is left alone', async () => {
    const a = await parseFile('late.txt', article(...BODY, 'By Jane Doe'));
    expect(a.author).toBeUndefined();
    expect(a.text.endsWith('By Jane Doe')).toBe(true);
  });
});

describe('outlets', () => {
  it('normalises shouted names', () => {
    expect(outletFromCopyright('COPYRIGHT © 2018 ENSLAVED.NEWS')).toBe('Enslaved.news');
    expect(outletFromCopyright('© 2010–2025 The Harbour Times. All rights reserved.')).toBe('The Harbour Times');
    expect(outletFromCopyright('Copyright (c) 2024 BBC NEWS')).toBe('BBC News');
    expect(readableOutlet('THE HARBOUR TIMES')).toBe('The Harbour Times');
    expect(readableOutlet('Die Zeit')).toBe('Die Zeit');
  });
});

describe('boilerplate is removed conservatively', () => {
  it('an article that mentions paywalls, donations or "related" in its own sentences keeps them', async () => {
    const paras = [
      ...BODY,
      'Related',
      'The newspaper said readers had complained about the paywall, and a charity asked people to please donate to the fishermen’s fund.',
      'Most read articles last year were about the harbour, the editor said in a long interview published on Sunday.',
    ];
    const a = await parseFile('careful.txt', article(...paras));
    expect(a.text).toBe(normalizeText(paras.join('\n\n')));
    expect(a.stripped).toEqual([]);
  });

  it('a quoted appeal at the start or end of the story is reporting, not boilerplate', async () => {
    const paras = ['“We need your help now,” the harbour master told boat owners on Monday.', ...BODY, 'The charity said readers like you could support the fund with a monthly payment.'];
    const a = await parseFile('quoted.txt', article(...paras));
    expect(a.stripped).toEqual([]);
    expect(a.text).toBe(normalizeText(paras.join('\n\n')));
  });

  it('a short headline after a leading appeal is the title, not part of the appeal', async () => {
    const a = await parseFile('appeal.txt', article('Advertisement', 'Support from readers like you keeps The Courier open.', 'Pier closes', ...BODY));
    expect(a.title).toBe('Pier closes');
    expect(a.siteName).toBe('The Courier');
    expect(a.stripped.map((b) => b.reason)).toEqual(['advertisement and donation appeal', 'title (used as metadata)']);
  });

  it('stacked footers are peeled layer by layer; "Advertisement" is removed anywhere', async () => {
    const paras = [
      BODY[0] ?? '',
      'ADVERTISEMENT',
      BODY[1] ?? '',
      BODY[2] ?? '',
      'Read more',
      'Harbour fees to rise',
      'Ferry timetable changes',
      'Share this article',
      'Follow The Courier on Facebook and Twitter.',
      '© 2025 The Courier Ltd. All rights reserved.',
    ];
    const a = await parseFile('stack.txt', article(...paras));
    expect(a.text).toBe(BODY.join('\n\n'));
    expect(a.stripped.map((b) => [b.id, b.paragraphIndex, b.reason])).toEqual([
      ['s1', 1, 'advertisement'],
      ['s2', 4, 'trailing link list'],
      ['s3', 7, 'social links'],
      ['s4', 9, 'copyright notice'],
    ]);
    expect(a.siteName).toBe('The Courier Ltd');
    expect(a.warnings).toEqual([]);
    let state = { text: a.text, stripped: a.stripped };
    for (const id of ['s3', 's1', 's4', 's2']) state = restoreBlock(state.text, state.stripped, id);
    expect(state.text).toBe(normalizeText(paras.join('\n\n')));
  });

  it('a link list header followed by long paragraphs is article text', async () => {
    const paras = [...BODY, 'Latest news', BODY[0] ?? ''];
    const a = await parseFile('long.txt', article(...paras));
    expect(a.stripped).toEqual([]);
  });
});

describe('titles', () => {
  it.each([
    ['Will the pier reopen?', true],
    ['Harbour chief: “We were not told”', true],
    ['The pier closes on Monday.', false],
    ['Breaking!', false],
  ])('%s → found title: %s', async (first, found) => {
    const a = await parseFile('t.txt', article(first, ...BODY));
    expect(a.titleGuessed).toBe(!found);
    if (found) expect(a.title).toBe(first);
    else expect(a.text.startsWith(first)).toBe(true);
  });

  it('a one-paragraph article keeps its only paragraph as text', async () => {
    const a = await parseFile('one.txt', utf8('Pier closes for repairs'));
    expect(a.text).toBe('Pier closes for repairs');
    expect(a.title).toBe('Pier closes for repairs');
    expect(a.titleGuessed).toBe(true);
    expect(a.stripped).toEqual([]);
  });

  it('first sentence skips abbreviations and initials', () => {
    expect(firstSentence('Officials met on Jan. 12 in Washington, D.C. with Mr. Kim. Then they left.')).toBe(
      'Officials met on Jan. 12 in Washington, D.C. with Mr. Kim.',
    );
    expect(firstSentence('The U.S. Army said so. Others disagreed.')).toBe('The U.S. Army said so.');
  });

  it('a writer named in a removed "Follow … on Twitter" line is the author; "Follow us" and body sentences are not', async () => {
    const named = await parseFile('a.txt', article(BODY[0] ?? '', BODY[1] ?? '', 'Follow Ana de la Cruz on Twitter.'));
    expect(named.author).toBe('Ana de la Cruz');
    const us = await parseFile('b.txt', article(BODY[0] ?? '', BODY[1] ?? '', 'Follow us on Facebook and Twitter.'));
    expect(us.author).toBeUndefined();
    const body = await parseFile('c.txt', article(BODY[0] ?? '', 'Follow Mr Kim on Twitter, the minister urged, as the talks collapsed after three days of meetings in Geneva.', BODY[1] ?? ''));
    expect(body.author).toBeUndefined();
  });

  it('a long first sentence is cut at a clause or a word, never on a dangling little word', () => {
    expect(guessTitle('Ukrainian President Volodymyr Zelenskyy proposed to North Korean leader Kim Jong Un the return of two captured soldiers.')).toBe(
      'Ukrainian President Volodymyr Zelenskyy proposed to North Korean leader Kim Jong Un…',
    );
    expect(guessTitle('Ukrainian President Volodymyr Zelensky announced on Sunday, Jan. 12, that Kyiv is prepared to return captured soldiers.')).toBe(
      'Ukrainian President Volodymyr Zelensky announced on Sunday, Jan. 12…',
    );
    expect(guessTitle('Ukrainian President Volodymyr Zelensky published a video on social media on Sunday of two men Ukraine claims.')).toBe(
      'Ukrainian President Volodymyr Zelensky published a video on social media on Sunday…',
    );
    expect(guessTitle('A short first sentence stays whole. Then more.')).toBe('A short first sentence stays whole');
  });

  it('uses a human file name when the first sentence is too long, never a machine one', async () => {
    const long = 'The harbour authority confirmed on Tuesday that the northern pier will close for repairs in March, affecting about forty fishing boats and two ferries.';
    expect((await parseFile('northern-pier-closes.txt', article(long, BODY[1] ?? ''))).title).toBe('Northern pier closes');
    const hashed = await parseFile('000_6320ab84b7753d6a.txt', article(long, BODY[1] ?? ''));
    expect(hashed.title.startsWith('The harbour authority confirmed on Tuesday')).toBe(true);
    expect(hashed.title.endsWith('…')).toBe(true);
    expect(hashed.title.length).toBeLessThanOrEqual(90);
    expect(titleFromFileName('article (3).txt')).toBeUndefined();
    expect(titleFromFileName('untitled-document-copy.txt')).toBeUndefined();
    expect(titleFromFileName('kim_talks_2025.md')).toBe('Kim talks 2025');
  });
});

describe('format detection', () => {
  it('unknown extensions are read as text with a warning; HTML content wins over .txt', async () => {
    const a = await parseFile('story.rtfd', article(...BODY));
    expect(a.format).toBe('text');
    expect(a.warnings).toContain('Unknown file type ".rtfd"; imported it as plain text.');
    const b = await parseFile('README', article(...BODY));
    expect(b.format).toBe('text');
    expect(b.warnings).toEqual([]);
    const c = await parseFile('page.txt', utf8(`<!DOCTYPE html><html><body><article><p>${BODY.join('</p><p>')}</p></article></body></html>`));
    expect(c.format).toBe('html');
    expect(c.warnings).toContain('page.txt contains a saved web page; imported it as HTML.');
    expect(c.text).toBe(BODY.join('\n\n'));
  });
});

describe('restoreBlock', () => {
  it('rejects an unknown id with a UserError', () => {
    expect(() => restoreBlock('a', [], 's9')).toThrow(UserError);
    expect(() => restoreBlock('a', [{ id: 's1', text: 'x', reason: 'advertisement', paragraphIndex: 0 }], 's2')).toThrow(/no removed block "s2"/);
  });

  it('inserts at the original index less the blocks still removed before it', () => {
    const stripped = [
      { id: 's1', text: 'A1\n\nA2', reason: 'donation appeal', paragraphIndex: 0 },
      { id: 's2', text: 'C', reason: 'advertisement', paragraphIndex: 3 },
      { id: 's3', text: 'E', reason: 'social links', paragraphIndex: 5 },
    ];
    const r = restoreBlock('B\n\nD', stripped, 's3');
    expect(r.text).toBe('B\n\nD\n\nE');
    expect(r.stripped.map((b) => b.id)).toEqual(['s1', 's2']);
    const r2 = restoreBlock(r.text, r.stripped, 's2');
    expect(r2.text).toBe('B\n\nC\n\nD\n\nE');
    expect(restoreBlock(r2.text, r2.stripped, 's1').text).toBe('A1\n\nA2\n\nB\n\nC\n\nD\n\nE');
  });
});
