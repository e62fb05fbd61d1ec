/**
 * HTML character references in Markdown source (`&amp;`, `&#8217;`). marked
 * leaves them for its renderer, which Gloss does not use. Only the entities
 * that occur in prose are named here; unknown ones are left as written.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0',
  copy: '©', reg: '®', trade: '™', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', euro: '€', pound: '£',
  yen: '¥', cent: '¢', deg: '°', middot: '·', bull: '•', times: '×', divide: '÷',
  minus: '−', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', sect: '§',
  para: '¶', shy: '\u00AD', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', oacute: 'ó', uacute: 'ú',
  iacute: 'í', ntilde: 'ñ', ccedil: 'ç', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name] ?? whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    // Surrogates, NUL and out-of-range code points are not characters.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  });
}
