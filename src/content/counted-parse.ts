// parse5 with a cap on the elements it makes: left-open formatting tags (<b a1><b a2>…) are re-opened for every later
// block, so a few hundred kilobytes of HTML can make millions of elements. Past the cap, parsing stops at once.
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type ParserOptions, type TreeAdapter } from "parse5";

export class TooManyElements extends Error {
  constructor(readonly limit: number) {
    super(`makes more than ${limit} elements when a browser reads it`);
  }
}

/** Parses a document as parse5 does, throwing TooManyElements once it has made more than `limit` elements. */
export function parseCounted(html: string, limit: number, options: ParserOptions<DefaultTreeAdapterMap> = {}): DefaultTreeAdapterMap["document"] {
  let made = 0;
  const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      if (++made > limit) throw new TooManyElements(limit);
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
  };
  return parse(html, { ...options, treeAdapter });
}
