import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/api';
import { parseFile } from '../../../main/import';
import { userError, utf8 } from './support';

const ARTICLE = 'Harbour bridge vote delayed\n\nThe city council postponed the vote on the new harbour bridge after two estimates disagreed.\n';

describe('bad input is refused with a clear UserError', () => {
  it('empty file', async () => {
    const e = await userError(parseFile('notes.txt', new Uint8Array()));
    expect(e.message).toBe('notes.txt is empty.');
    expect(e.code).toBe('user_error');
  });

  it('whitespace only (including a BOM and invisible characters)', async () => {
    expect((await userError(parseFile('blank.md', utf8(' \n\t\r\n  \u00A0\n')))).message).toBe('blank.md is empty.');
    expect((await userError(parseFile('bom.txt', utf8('\uFEFF\u200B\n\n')))).message).toBe('bom.txt is empty.');
  });

  it('too large: names the size and the limit', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const e = await userError(parseFile('huge.txt', big));
    expect(e.message).toBe('huge.txt is 50.0 MB; Gloss imports articles up to 25 MB.');
    // One byte over the limit is refused; exactly the limit is not a size error.
    expect((await userError(parseFile('edge.txt', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61)))).message).toMatch(/^edge\.txt is 25\.0 MB/);
  });

  it('PDF, PNG, JPEG, GIF, gzip and DOCX are named by their magic numbers', async () => {
    const cases: [string, number[], RegExp][] = [
      ['report.txt', [...utf8('%PDF-1.7\n%\u00e2\u00e3')], /^report\.txt is a PDF file; Gloss imports text, Markdown and HTML\. Save the article as HTML or text first\.$/],
      ['photo', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], /^photo is a PNG image;/],
      ['pic.html', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46], /^pic\.html is a JPEG image;/],
      ['anim.md', [...utf8('GIF89a'), 1, 0, 1, 0], /^anim\.md is a GIF image;/],
      ['page.html.gz', [0x1f, 0x8b, 8, 0, 0, 0, 0, 0], /^page\.html\.gz is a gzip archive;/],
      ['story.docx', [0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0], /^story\.docx is a Word document \(DOCX\);/],
      ['bundle.zip', [0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0], /^bundle\.zip is a ZIP archive;/],
    ];
    for (const [name, bytes, message] of cases) {
      expect((await userError(parseFile(name, new Uint8Array(bytes)))).message).toMatch(message);
    }
  });

  it('unknown binary: NUL bytes or many control characters', async () => {
    const nul = utf8('Some text\u0000with a NUL byte in the middle of it.');
    expect((await userError(parseFile('data.bin', nul))).message).toBe(
      'data.bin is a binary file, not text; Gloss imports text, Markdown and HTML. Save the article as HTML or text first.',
    );
    const controls = new Uint8Array(200).map((_v, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41));
    expect((await userError(parseFile('blob.txt', controls))).message).toMatch(/^blob\.txt is a binary file, not text;/);
  });

  it('invalid UTF-8 names the offset of the first bad byte', async () => {
    const bytes = new Uint8Array([...utf8('Caf'), 0xc3, 0x28, ...utf8(' au lait.')]);
    const e = await userError(parseFile('menu.txt', bytes));
    expect(e.message).toBe('menu.txt is not valid UTF-8 text (first bad byte at offset 3). Re-save it as UTF-8.');
    // Markdown and charset-less HTML are held to the same rule.
    expect((await userError(parseFile('menu.md', bytes))).message).toMatch(/^menu\.md is not valid UTF-8 text \(first bad byte at offset 3\)/);
    const html = new Uint8Array([...utf8('<!doctype html><p>Caf'), 0xe9, ...utf8(' au lait.</p>')]);
    expect((await userError(parseFile('menu.html', html))).message).toMatch(/^menu\.html is not valid UTF-8 text \(first bad byte at offset 21\)/);
  });

  it('a list of URLs', async () => {
    const list = utf8('https://example.org/a\n\nhttp://example.org/b?x=1\n  https://news.example/c  \n');
    expect((await userError(parseFile('to-read.txt', list))).message).toBe(
      'to-read.txt is a list of URLs; Gloss does not fetch pages. Save each page as HTML and import those files.',
    );
    expect((await userError(parseFile('links.md', utf8('- https://a.example/1\n- <https://b.example/2>\n')))).message).toMatch(/^links\.md is a list of URLs;/);
  });

  it('an article that is nothing but boilerplate', async () => {
    const junk = utf8('Advertisement\n\nSupport from readers like you keeps The Courier open.\n\nPlease contribute what you can.\n');
    expect((await userError(parseFile('junk.txt', junk))).message).toBe('junk.txt has no readable article text.');
    const html = utf8('<!doctype html><html><head><title>Empty</title></head><body><script>var x = 1;</script><nav><a href="/">Home</a></nav></body></html>');
    expect((await userError(parseFile('empty-page.html', html))).message).toBe('empty-page.html has no readable article text.');
  });

  it('uses the file name, not its folder, in messages', async () => {
    expect((await userError(parseFile('/home/ana/Downloads/notes.txt', new Uint8Array()))).message).toBe('notes.txt is empty.');
  });

  it('a URL inside an article does not make it a URL list', async () => {
    const a = await parseFile('mixed.txt', utf8(`${ARTICLE}\nhttps://example.org/source\n`));
    expect(a.text).toContain('https://example.org/source');
  });
});

describe('encodings', () => {
  it('UTF-16 LE and BE with a BOM decode correctly', async () => {
    const text = 'Zürich café: “quotes” — and 日本語.\n\nSecond paragraph of the article, with a full sentence.';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    const be = new Uint8Array(2 + text.length * 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 + i * 2] = c & 0xff;
      le[3 + i * 2] = c >> 8;
      be[2 + i * 2] = c >> 8;
      be[3 + i * 2] = c & 0xff;
    }
    for (const [name, bytes] of [['le.txt', le], ['be.txt', be]] as const) {
      const a = await parseFile(name, bytes);
      expect(a.text).toBe('Zürich café: “quotes” — and 日本語.\n\nSecond paragraph of the article, with a full sentence.');
      expect(a.warnings.some((w) => /^Decoded as UTF-16[LB]E/.test(w))).toBe(true);
    }
  });

  it('a UTF-8 BOM is dropped', async () => {
    const a = await parseFile('bom.txt', utf8(`\uFEFF${ARTICLE}`));
    expect(a.title).toBe('Harbour bridge vote delayed');
    expect(a.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('windows-1252 HTML declared with <meta charset> and with http-equiv', async () => {
    const latin = (s: string) => new Uint8Array([...s].map((c) => ({ '“': 0x93, '”': 0x94, '’': 0x92, '€': 0x80 })[c] ?? c.charCodeAt(0)));
    const body = '<body><article><h1>Caf\u00e9 prices</h1><p>The caf\u00e9\u2019s owner said: \u201cA coffee now costs \u20ac3.\u201d Prices rose in December after the new lease was signed.</p><p>Regulars say the na\u00efve hope of cheaper beans has faded.</p></article></body></html>';
    const pages = [
      `<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Caf\u00e9 prices</title></head>${body}`,
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>Caf\u00e9 prices</title></head>${body}`,
    ];
    for (const page of pages) {
      const bytes = latin(page);
      expect(bytes.some((b) => b > 0x7f)).toBe(true);
      const a = await parseFile('cafe.html', bytes);
      expect(a.title).toBe('Café prices');
      expect(a.text).toContain('The café’s owner said: “A coffee now costs €3.”');
      expect(a.text).toContain('naïve hope');
      expect(a.warnings).toContain('Decoded as windows-1252, the charset the page declares.');
    }
  });
});
