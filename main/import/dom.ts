/**
 * The sliver of the DOM the HTML importer touches, typed by hand: main/ is
 * compiled without the DOM lib (it runs under plain Node), and jsdom ships no
 * types of its own.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  closest(selectors: string): DomElement | null;
  readonly parentElement: DomElement | null;
  remove(): void;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export interface DomWindow {
  readonly document: DomDocument;
  close(): void;
}

export interface JsdomOptions {
  virtualConsole?: unknown;
  url?: string;
  contentType?: string;
  /** Left unset on purpose everywhere: unset means scripts never run. */
  runScripts?: never;
  /** Left unset on purpose everywhere: unset means nothing is fetched. */
  resources?: never;
}

export interface JsdomModule {
  JSDOM: new (html?: string, options?: JsdomOptions) => { readonly window: DomWindow };
  VirtualConsole: new () => { on(event: string, listener: (...args: unknown[]) => void): unknown };
}

export const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;
