import { afterEach, describe, expect, it, vi } from 'vitest';
import { PublishedAt } from '../../../shared/model';
import { normalizeText } from '../../../shared/text';
import { parseFile, restoreBlock } from '../../../main/import';
import { fixtureBytes, userError, utf8 } from './support';

/**
 * Every jsdom the importer creates is recorded with its options, so the tests
 * can prove that scripts were never enabled and that no hostile script ran in
 * any of the windows.
 */
const created = vi.hoisted(() => [] as { options: Record<string, unknown> | undefined; window: Record<string, unknown> }[]);
vi.mock('jsdom', async (importOriginal) => {
  const actual = await importOriginal<{ JSDOM: new (...args: unknown[]) => { window: Record<string, unknown> } }>();
  class RecordingJSDOM extends actual.JSDOM {
    constructor(html?: string, options?: Record<string, unknown>) {
      super(html, options);
      created.push({ options, window: this.window });
    }
  }
  return { ...actual, JSDOM: RecordingJSDOM, default: { ...actual, JSDOM: RecordingJSDOM } };
});

afterEach(() => {
  created.length = 0;
  delete (globalThis as Record<string, unknown>)['__glossPwned'];
});

describe('saved web page', () => {
  it('reads metadata from og tags, canonical link and JSON-LD, and the body through Readability', async () => {
    const a = await parseFile('Harbour bridge vote delayed.html', fixtureBytes('saved-page.html'));
    expect(a.format).toBe('html');
    expect(a.title).toBe('Harbour bridge vote delayed after engineers dispute cost');
    expect(a.titleGuessed).toBe(false);
    expect(a.author).toBe('Maren Calloway');
    expect(a.publishedAt).toBe('2025-01-15T07:45:00+01:00');
    expect(PublishedAt.safeParse(a.publishedAt).success).toBe(true);
    expect(a.canonicalUrl).toBe('https://www.northern-ledger.example/world/2025/01/15/harbour-bridge-vote-delayed');
    expect(a.url).toBe('https://www.northern-ledger.example/world/2025/01/15/harbour-bridge-vote-delayed');
    expect(a.siteName).toBe('Northern Ledger');
    expect(a.domain).toBe('northern-ledger.example');
    expect(a.language).toBe('en-GB');

    expect(a.text).toBe(normalizeText(a.text));
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The city council postponed Tuesday's vote .* almost €40 million\.$/);
    expect(a.text).toContain('“We cannot ask residents to fund a project when the experts cannot agree on its price,” said committee chair Idris Okafor.');
    expect(a.text).toContain('Brandt & Soler');
    expect(paragraphs).toContain('Residents divided');
    expect(paragraphs).toContain('The ferry currently carries about 3,100 passengers a day.');
    expect(paragraphs[paragraphs.length - 1]).toBe('The council is now expected to vote in early March.');
    // Site chrome stays out.
    for (const junk of ['Sport', 'Subscribe', 'cookies', 'Accept all', 'Ferry fares to rise', 'All rights reserved', 'Privacy policy', 'Local Affairs Reporter']) {
      expect(a.text).not.toContain(junk);
    }
    // The in-body ad marker is stripped and restorable.
    expect(a.stripped).toEqual([{ id: 's1', text: 'Advertisement', reason: 'advertisement', paragraphIndex: 4 }]);
    const restored = restoreBlock(a.text, a.stripped, 's1');
    expect(restored.text.split('\n\n')[4]).toBe('Advertisement');
    expect(restored.stripped).toEqual([]);
  });

  it('strips the site name from <title> when there is no og:title', async () => {
    const page = `<!doctype html><html><head><title>Ferry fares to rise in spring – Harbour Times</title>
      <meta property="og:site_name" content="Harbour Times"><meta property="og:url" content="javascript:alert(1)">
      <link rel="canonical" href="/news/ferry-fares"></head>
      <body><article><p>Ferry fares will rise by eight percent in April, the operator announced on Thursday, citing fuel costs.</p>
      <p>Season tickets are not affected until their renewal date, the operator said.</p></article></body></html>`;
    const a = await parseFile('ferry.htm', utf8(page));
    expect(a.title).toBe('Ferry fares to rise in spring');
    expect(a.siteName).toBe('Harbour Times');
    // Neither a javascript: URL nor a relative one without a base survives.
    expect(a.url).toBeUndefined();
    expect(a.canonicalUrl).toBeUndefined();
    expect(a.domain).toBeUndefined();
    expect(a.text.split('\n\n')).toHaveLength(2);
  });

  it('recognises a page by its content when the extension says nothing', async () => {
    const a = await parseFile('download', fixtureBytes('saved-page.html'));
    expect(a.format).toBe('html');
    expect(a.title).toBe('Harbour bridge vote delayed after engineers dispute cost');
  });
});

describe('hostile page', () => {
  it('imports the readable text, keeps every script inert and never leaks markup', async () => {
    const a = await parseFile('hostile.html', fixtureBytes('hostile-page.html'));
    expect(a.title).toBe('Lighthouse keeper retires after forty years');
    expect(a.author).toBe('Tove Lindqvist');
    expect(a.publishedAt).toBe('2024-11-02');
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs[0]).toBe(
      'After forty years of climbing the 212 steps of the northern lighthouse, keeper Ansel Brask switched off its lamp for the last time on Saturday night.',
    );
    expect(a.text).toContain('a task he described as "half science, half superstition".');
    expect(a.text).toContain('through the harbour office, which publishes a timetable every spring.');
    expect(a.text).toContain('no plans to leave the island.');

    for (const bad of ['<', '>', 'script', 'alert', 'javascript', '__glossPwned', 'onerror', 'onload', 'INJECTED', 'SVG TEXT', 'NOSCRIPT', 'TEMPLATE', 'MATH', 'data:', 'base64']) {
      expect(a.text, bad).not.toContain(bad);
    }
    expect(a.warnings.some((w) => /^Removed active content before reading \(none of it ran\): .*script/.test(w))).toBe(true);

    // No script ran: not in Node, and not in any window the importer created.
    expect((globalThis as Record<string, unknown>)['__glossPwned']).toBeUndefined();
    expect(created.length).toBeGreaterThanOrEqual(3);
    for (const { options, window } of created) {
      expect(options?.['runScripts']).toBeUndefined();
      expect(options?.['resources']).toBeUndefined();
      expect(window['__glossPwned']).toBeUndefined();
    }
  });

  it('a page whose only content is active markup has no readable text', async () => {
    const page = '<html><body onload="x()"><script>document.body.innerHTML = "<p>Generated article text that only exists when scripts run.</p>"</script><iframe srcdoc="<p>framed</p>"></iframe></body></html>';
    expect((await userError(parseFile('app.html', utf8(page)))).message).toBe('app.html has no readable article text.');
    expect(created.every(({ window }) => window['__glossPwned'] === undefined)).toBe(true);
  });

  it('ignores invalid JSON-LD and hostile JSON-LD keys', async () => {
    const page = `<html><head><script type="application/ld+json">{"__proto__":{"polluted":true},"@type":"NewsArticle","datePublished":"2024-02-30","author":{"name":"Real Name"}}</script>
      <script type="application/ld+json">{not json</script></head>
      <body><article><p>The article body is long enough to be read as the main content of this page by Readability.</p></article></body></html>`;
    const a = await parseFile('ld.html', utf8(page));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(a.author).toBe('Real Name');
    // 30 February does not exist: no date rather than a wrong one.
    expect(a.publishedAt).toBeUndefined();
  });
});
