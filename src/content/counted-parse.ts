// parse5 with a cap on the elements it makes: left-open formatting tags (<b a1><b a2>…) are re-opened for every later
// block, so a few hundred kilobytes of HTML can make millions of elements. Past the cap, parsing stops at once.
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type ParserOptions, type TreeAdapter } from "parse5";

type Node = DefaultTreeAdapterMap["node"];

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

/** How many elements deep a tree goes, template contents included, counted without recursion. */
export function nestingDepth(root: Node): number {
  let deepest = 0;
  const stack: Array<[Node, number]> = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    deepest = Math.max(deepest, depth);
    for (const child of "childNodes" in node ? node.childNodes : []) stack.push([child, depth + 1]);
    if ("content" in node && node.nodeName === "template") stack.push([node.content, depth + 1]);
  }
  return deepest;
}
