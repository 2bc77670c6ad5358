// HTML materials (slide decks exported as web pages, mostly) are published as a cleaned copy that runs no script,
// loads nothing from another host, cannot move the visitor elsewhere and submits nothing. The file is read with
// parse5, which follows the HTML standard's parsing algorithm as browsers do, cleaned, written back, and read
// again until it no longer changes, so the copy means to a browser what it meant to the cleaner. A strict
// Content-Security-Policy is put first in its <head> as a second, independent line of defence.
import { html as spec, parse, serialize, type DefaultTreeAdapterTypes as Tree } from "parse5";
import { isLinkTarget, isLoadable, leadsElsewhere, srcsetAddresses } from "./addresses.ts";
import { nestingDepth, parseCounted, TooManyElements } from "../content/counted-parse.ts";
import { safeCss } from "./css.ts";

/**
 * The policy every HTML material carries. Nothing may run and nothing may load from another host; pictures,
 * fonts, audio and video may come from the site, and pictures and fonts inlined as data:. Inline styles stay:
 * slide decks depend on them, and with nothing able to load from elsewhere a stylesheet can send nothing out.
 */
export const MATERIAL_POLICY = [
  "default-src 'none'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "media-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const HTML = spec.NS.HTML;

/** Elements removed with everything inside them: they run code, embed other documents, or load and redirect. */
const REMOVED = new Set([
  ...["script", "noscript", "handler", "listener"],
  ...["iframe", "frame", "frameset", "noframes", "object", "embed", "noembed", "applet", "param", "portal", "fencedframe"],
  ...["base", "link"],
]);

/** SVG animations, which could change an attribute into something this cleaner never saw. */
const ANIMATIONS = new Set(["animate", "set", "animatemotion", "animatetransform", "animatecolor"]);

/** Attributes no material needs: where forms send, what a frame shows, pings, application caches, XML bases. */
const DROPPED = new Set([
  "action",
  "formaction",
  "form",
  "srcdoc",
  "ping",
  "attributionsrc",
  "manifest",
  "base",
  "codebase",
  "classid",
  "archive",
  "profile",
  "lowsrc",
  "dynsrc",
  "longdesc",
]);

/** Attributes that make the browser load what they name by itself. */
const LOADED = new Set(["src", "poster", "background", "data", "href", "usemap"]);

/** Attributes that name several addresses. */
const SOURCE_SETS = new Set(["srcset", "imagesrcset"]);

/** Elements whose href is a link the visitor may follow, rather than something the browser loads. */
const followedHref = (element: Tree.Element) => ["a", "area"].includes(element.tagName.toLowerCase());

const localName = (name: string) => name.toLowerCase().split(":").pop()!;

const isElement = (node: Tree.Node): node is Tree.Element => "tagName" in node;

function attribute(element: Tree.Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name.toLowerCase() === name)?.value;
}

/** The attribute's value, cleaned, or undefined when the attribute must go. */
function cleanAttribute(element: Tree.Element, { name, prefix, value }: Tree.Element["attrs"][number]): string | undefined {
  const local = localName(name);
  if (local.startsWith("on") || DROPPED.has(local)) return undefined;
  if (local === "style") return safeCss(value);
  if (local === "cite" || (local === "href" && followedHref(element))) return isLinkTarget(value) ? value : undefined;
  // <use> draws another document's parts, so an inlined SVG document is no mere picture there.
  const images = element.tagName.toLowerCase() !== "use";
  if (LOADED.has(local)) return isLoadable(value, { images }) ? value : undefined;
  if (SOURCE_SETS.has(local)) return srcsetAddresses(value).every((address) => isLoadable(address, { images })) ? value : undefined;
  // Namespace names look like addresses but are never fetched.
  if (name === "xmlns" || prefix === "xmlns" || name.startsWith("xmlns:")) return value;
  // Any other attribute holding an address of another host or a script is dropped, whatever it is for.
  if (leadsElsewhere(value)) return undefined;
  // SVG's presentation attributes are CSS: fill="url(…)", filter="url(…)".
  if (element.namespaceURI !== HTML && value.includes("(")) return safeCss(value);
  return value;
}

/** An <iframe> of a web page becomes a link to it, so the slide still says what it showed. */
function linkInstead(frame: Tree.Element): Tree.Element | undefined {
  const src = attribute(frame, "src")?.trim();
  if (!src || !/^https?:$/.test(safeProtocol(src)) || !isLinkTarget(src)) return undefined;
  const link: Tree.Element = { nodeName: "a", tagName: "a", namespaceURI: HTML, attrs: [{ name: "href", value: src }], childNodes: [], parentNode: null };
  link.childNodes.push({ nodeName: "#text", value: src, parentNode: link });
  return link;
}

function safeProtocol(address: string): string {
  try {
    return new URL(address).protocol;
  } catch {
    return "";
  }
}

/** What replaces a node: nothing, itself (cleaned), or other nodes (a form's contents, a frame's link). */
function cleanNode(node: Tree.ChildNode): Tree.ChildNode[] {
  if (node.nodeName === "#comment") return [];
  if (!isElement(node)) return [node];
  const name = node.tagName.toLowerCase();
  if (name === "iframe" || name === "frame") {
    const link = linkInstead(node);
    return link ? [link] : [];
  }
  if (REMOVED.has(name)) return [];
  // Every declaration of a meta element that acts like a header: refresh, cookies, policies, and the character
  // set, which is replaced by UTF-8, the encoding the copy is written in.
  if (name === "meta" && (attribute(node, "http-equiv") !== undefined || attribute(node, "charset") !== undefined)) return [];
  if (ANIMATIONS.has(name) && node.namespaceURI !== HTML) {
    const target = localName(attribute(node, "attributename")?.trim() ?? "");
    if (target.startsWith("on") || target === "style" || DROPPED.has(target) || LOADED.has(target) || SOURCE_SETS.has(target)) return [];
  }
  node.attrs = node.attrs.flatMap((attr) => {
    const value = cleanAttribute(node, attr);
    return value === undefined ? [] : [{ ...attr, value }];
  });
  if (name === "template" && "content" in node) cleanChildren(node.content);
  cleanChildren(node);
  if (name === "style") {
    // A browser reads one style sheet from all the element's text, so it is cleaned as one; elements inside go.
    const css = node.childNodes.flatMap((child) => (child.nodeName === "#text" ? [(child as Tree.TextNode).value] : [])).join("");
    node.childNodes = [{ nodeName: "#text", value: safeCss(css), parentNode: node }];
  }
  // A form's fields stay as they were, with nothing left to submit them.
  if (name === "form" && node.namespaceURI === HTML) return node.childNodes;
  return [node];
}

function cleanChildren(parent: Tree.ParentNode): void {
  const children = parent.childNodes.flatMap(cleanNode);
  for (const child of children) child.parentNode = parent;
  parent.childNodes = children;
}

function metaElement(attrs: Record<string, string>): Tree.Element {
  return {
    nodeName: "meta",
    tagName: "meta",
    namespaceURI: HTML,
    attrs: Object.entries(attrs).map(([name, value]) => ({ name, value })),
    childNodes: [],
    parentNode: null,
  };
}

/** Deeper than any real document; the cleaner and the serialiser walk the tree recursively. */
const DEEPEST_NESTING = 200;

/** More elements than any real slide deck: HTML that multiplies itself when read stops here. */
const MOST_ELEMENTS = 500_000;

function cleanOnce(html: string): string {
  let document: Tree.Document;
  try {
    document = parseCounted(html, MOST_ELEMENTS, { scriptingEnabled: true });
  } catch (error) {
    if (!(error instanceof TooManyElements)) throw error;
    throw new Error(`${error.message} (expected HTML with at most ${MOST_ELEMENTS} elements: tags such as <b> left open repeat themselves)`, { cause: error });
  }
  const depth = nestingDepth(document);
  if (depth > DEEPEST_NESTING) throw new Error(`is nested ${depth} elements deep (expected HTML with at most ${DEEPEST_NESTING} elements inside one another)`);
  cleanChildren(document);
  const root = document.childNodes.find((node): node is Tree.Element => isElement(node) && node.tagName === "html");
  const head = root?.childNodes.find((node): node is Tree.Element => isElement(node) && node.tagName === "head");
  if (!head) throw new Error("the HTML parser made no <head>");
  const first = [metaElement({ "http-equiv": "Content-Security-Policy", content: MATERIAL_POLICY }), metaElement({ charset: "utf-8" })];
  for (const meta of first) meta.parentNode = head;
  head.childNodes.unshift(...first);
  return serialize(document);
}

/** The published copy of an HTML material, as UTF-8 text. */
export function safeHtmlMaterial(html: string): string {
  let current = cleanOnce(html);
  // Cleaning what was written must change nothing; if it still does, the file keeps reshaping itself when parsed.
  for (let round = 0; round < 4; round++) {
    const again = cleanOnce(current);
    if (again === current) return current;
    current = again;
  }
  throw new Error("its HTML reads differently each time it is parsed, so it cannot be cleaned safely (expected HTML that reads the same when written back)");
}

/** The text of an HTML file, from its bytes: a byte order mark, then a declared character set, then UTF-8 if valid. */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = [
    [[0xef, 0xbb, 0xbf], "utf-8"],
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"],
  ] as const;
  for (const [mark, encoding] of bom) if (mark.every((byte, index) => bytes[index] === byte)) return new TextDecoder(encoding).decode(bytes);
  const declared = /<meta[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(Buffer.from(bytes.subarray(0, 1024)).toString("latin1"))?.[1];
  if (declared && !/^utf-?16/i.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An encoding no browser knows: read it as browsers would without one.
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The words a visitor reads in an HTML material's published copy, for the search index. */
export function htmlMaterialText(html: string): string {
  const words: string[] = [];
  const walk = (node: Tree.Node) => {
    if (node.nodeName === "#text") words.push((node as Tree.TextNode).value);
    if (!isElement(node) && !("childNodes" in node)) return;
    if (isElement(node) && ["style", "template"].includes(node.tagName)) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(parse(safeHtmlMaterial(html)));
  return words.join(" ");
}
