import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../shared/text';
import { parseFile, restoreBlock } from '../../../main/import';
import { utf8 } from './support';

const WITH_FRONT_MATTER = `---
title: "Harbour bridge vote delayed"
author: Maren Calloway
date: 2025-01-15
url: https://www.northern-ledger.example/bridge-vote
outlet: Northern Ledger
lang: en-GB
tags:
  - local
  - infrastructure
---

# Harbour bridge vote delayed after cost dispute

The city council **postponed** the vote on the new *harbour bridge* after two
engineering firms disagreed by almost &euro;40 million ([report](https://example.org/report)).

![Artist's impression](bridge.jpg)

## Residents divided

- Construction would take four years.
- The ferry carries about 3,100 passengers a day.
  - Fares rise in April.

> "We cannot ask residents to fund a project when the experts cannot agree," said Idris Okafor.

<div class="ad"><script>alert(1)</script>Sponsored widget</div>

| Estimate | Total |
| --- | --- |
| Brandt & Soler | €212m |

Inline \`code\`, a line break  
and an escaped \\*star\\*.

\`\`\`
raw code line
\`\`\`
`;

describe('markdown', () => {
  it('reads front matter, takes the leading heading as title and flattens the body', async () => {
    const a = await parseFile('bridge.md', utf8(WITH_FRONT_MATTER));
    expect(a.format).toBe('markdown');
    expect(a.title).toBe('Harbour bridge vote delayed');
    expect(a.titleGuessed).toBe(false);
    expect(a.author).toBe('Maren Calloway');
    expect(a.publishedAt).toBe('2025-01-15');
    expect(a.url).toBe('https://www.northern-ledger.example/bridge-vote');
    expect(a.domain).toBe('northern-ledger.example');
    expect(a.siteName).toBe('Northern Ledger');
    expect(a.language).toBe('en-GB');
    expect(a.text).toBe(normalizeText(a.text));
    expect(a.text.split('\n\n')).toEqual([
      'The city council postponed the vote on the new harbour bridge after two engineering firms disagreed by almost €40 million (report).',
      'Residents divided',
      'Construction would take four years.',
      'The ferry carries about 3,100 passengers a day.',
      'Fares rise in April.',
      '"We cannot ask residents to fund a project when the experts cannot agree," said Idris Okafor.',
      'Estimate | Total',
      'Brandt & Soler | €212m',
      'Inline code, a line break',
      'and an escaped *star*.',
      'raw code line',
    ]);
    expect(a.text).not.toMatch(/alert|<|\*\*|\]\(|!\[/);
    expect(a.stripped).toEqual([{ id: 's1', text: 'Harbour bridge vote delayed after cost dispute', reason: 'title (used as metadata)', paragraphIndex: 0 }]);
    expect(a.warnings).toContain('Skipped 1 raw HTML block in the Markdown.');
    expect(restoreBlock(a.text, a.stripped, 's1').text.startsWith('Harbour bridge vote delayed after cost dispute\n\nThe city council')).toBe(true);
  });

  it('without front matter the heading is the title', async () => {
    const a = await parseFile('note.markdown', utf8('# Kim offers talks\n\nBy Jane Roe\n\nThe leader offered talks on Monday, officials said.\n\nMore detail followed.\n'));
    expect(a.title).toBe('Kim offers talks');
    expect(a.titleGuessed).toBe(false);
    expect(a.author).toBe('Jane Roe');
    expect(a.text).toBe('The leader offered talks on Monday, officials said.\n\nMore detail followed.');
    expect(a.stripped.map((b) => b.reason)).toEqual(['title (used as metadata)', 'byline (used as metadata)']);
  });

  it('without a heading falls back to the plain-text rules', async () => {
    const a = await parseFile('x.md', utf8('The *leader* offered talks on Monday. Officials confirmed it later.\n\nSecond paragraph.\n'));
    expect(a.titleGuessed).toBe(true);
    expect(a.title).toBe('The leader offered talks on Monday');
  });

  it('front matter values that are not valid are dropped', async () => {
    const md = '---\ntitle: Valid title\ndate: 2025-13-45\nurl: javascript:alert(1)\nsource: https://example.org/story\n---\nBody sentence one. Body sentence two.\n';
    const a = await parseFile('bad-fm.md', utf8(md));
    expect(a.title).toBe('Valid title');
    expect(a.publishedAt).toBeUndefined();
    expect(a.url).toBe('https://example.org/story');
    expect(a.siteName).toBeUndefined();
    expect(a.text).toBe('Body sentence one. Body sentence two.');
  });
});
