import pkg from '../../package.json';

export const VERSION: string = pkg.version;
/** How Gloss names itself in files it writes (W3C `generator`, report metadata). */
export const VERSION_TEXT = `Gloss ${VERSION}`;
