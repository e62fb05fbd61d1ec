// jsdom ships no types and @types/jsdom needs the DOM lib, which main/ does not
// load (main runs under plain Node). The importer describes the little it uses
// in ./dom and casts the module to that shape.
declare module 'jsdom';
