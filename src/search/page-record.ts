// A rendered page as the search record Pagefind would make of its HTML, read here with htmlparser2's tokenizer so that
// Pagefind's process is given text: its own reading took two thirds of the time it spent on each page. The rules are
// Pagefind 1.6's (pagefind/src/fossick/parser.rs, on lol_html 3): the marked body's text, each block ended as a
// sentence, headings weighted, the filters and metadata of data-pagefind-* attributes, the first <h1> as the default
// title; an end tag ends every element open inside its element, each as if the tag were its own. Only the anchors of
// elements with an id are left out: the search page shows no sub-results.
// tests/the-search-index-takes-each-page-as-pagefind-reads-its-html.test.ts holds the index equal to Pagefind's own.
// Known to differ, and kept out of content by src/content/html-policy.ts: HTML elements breaking out of SVG or MathML,
// CDATA sections, escaped script text; and a block ending in a character new in Unicode 17, which Pagefind's tables lack.
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import type { CustomRecord } from "pagefind";
import { ALL_SPACES, decodeReferences, endsLikeASentence, NOT_SPACE, normalize, ONE_SPACE, SPACE, trim } from "./pagefind-text.ts";

/** Elements whose text ends as a sentence: a space before, and a full stop after unless it ends in punctuation. */
export const SENTENCE = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li", "article", "section"]);
/** Elements never indexed, whatever their attributes say. */
export const REMOVED = new Set(["head", "style", "script", "noscript", "label", "form", "svg", "footer", "nav", "iframe", "template"]);
/** The weight Pagefind gives a heading's words. */
const HEADING_WEIGHT = new Map([
  ["h1", "7"],
  ["h2", "6"],
  ["h3", "5"],
  ["h4", "4"],
  ["h5", "3"],
  ["h6", "2"],
]);
/** Elements with no end tag, which never hold text (lol_html's list). */
export const VOID = new Set("area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr".split(" "));
/** An attribute's value as lol_html gives it: its text decoded from UTF-8 with one leading byte order mark dropped. */
const withoutByteOrderMark = (text: string) => (text.startsWith("\ufeff") ? text.slice(1) : text);

/** Names lowercased as lol_html compares them: in ASCII only. Most are lowercase already, and are given back as they are. */
function asciiLower(name: string): string {
  for (let at = 0; at < name.length; at++) {
    const code = name.charCodeAt(at);
    if (code >= 65 && code <= 90) return name.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  }
  return name;
}

/** "name[attribute]" in a data-pagefind-filter or -meta list: the value is the attribute's. */
const FROM_ATTRIBUTE = /^([^:[\]]+)\[([^\n]+)\]$/;
/** An anchor marker in the digest, a word of its own: Pagefind drops the word, and this reading keeps no anchors. */
const ANCHOR = "___PAGEFIND_ANCHOR___";
const ANCHOR_MARKER = new RegExp(`${ANCHOR}[^${SPACE}]*`, "gu");

/** The digest without its anchor markers: only a marker that starts a word is one. */
const withoutAnchors = (digest: string) =>
  digest.includes(ANCHOR) ? digest.replace(ANCHOR_MARKER, (marker, at: number) => (at === 0 || ONE_SPACE.test(digest[at - 1]!) ? "" : marker)) : digest;

type Status = "indexing" | "ignored" | "excluded" | "body" | "parentOfBody";

/** One open element, whose text collects here and goes to its parent's when it closes. */
interface Node {
  value: string;
  parent?: Node;
  status: Status;
  filter?: string[];
  meta?: string[];
  defaultMeta?: string[];
  sort?: string[];
  weight?: string;
}

/** A data-pagefind-filter, -meta or -sort list: "a, b[attr], c:literal", each "name[attr]" read from the element now. */
function attributeList(input: string, attributes: Attributes): string[] {
  const colon = input.indexOf(":");
  if (colon !== -1) {
    const list = attributeList(input.slice(0, colon), attributes);
    if (list.length > 0) list[list.length - 1] += `:${input.slice(colon + 1)}`;
    return list;
  }
  return input.split(",").map((chunk) => {
    const trimmed = trim(chunk);
    const match = FROM_ATTRIBUTE.exec(trimmed);
    return match ? `${match[1]}:${attributes.get(asciiLower(match[2]!)) ?? ""}` : trimmed;
  });
}

/** A name and its value: "name:value", or the element's own text for a bare name. */
function pair(node: Node, input: string): [string, string] | undefined {
  const colon = input.indexOf(":");
  if (colon !== -1) return [input.slice(0, colon), normalize(input.slice(colon + 1))];
  return node.value === "" ? undefined : [input, normalize(node.value)];
}

/** An element's attributes, as htmlparser2's tokenizer finds them: names lowercased, values as written, entities and all. */
class Attributes {
  names: string[] = [];
  values: string[] = [];
  /** Whether one is a data-pagefind-* attribute: only then can a list name any other. */
  pagefind = false;

  get(name: string): string | undefined {
    const at = this.names.indexOf(name);
    return at === -1 ? undefined : this.values[at];
  }

  /** The first value given a name, as a browser keeps it. */
  add(name: string, value: string): void {
    if (this.names.includes(name)) return;
    this.names.push(name);
    this.values.push(value);
    if (name.startsWith("data-pagefind-")) this.pagefind = true;
  }

  clear(): void {
    if (this.names.length === 0) return;
    this.names = [];
    this.values = [];
    this.pagefind = false;
  }

  /** A data-pagefind-* list, each "name[attribute]" in it read now. */
  list(attribute: string): string[] | undefined {
    const value = this.pagefind ? this.get(attribute) : undefined;
    return value === undefined ? undefined : attributeList(value, this);
  }
}

/** What one page's reading gathers, element by element, as Pagefind's reader does. */
class Reading implements TokenizerCallbacks {
  readonly root: Node = { value: "", status: "indexing" };
  current = this.root;
  language: string | undefined;
  // Names come from the page, an editor's HTML included: "constructor" or "__proto__" must be a name like any other.
  readonly filters: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  readonly meta: Record<string, string> = Object.create(null) as Record<string, string>;
  readonly defaultMeta: Record<string, string> = Object.create(null) as Record<string, string>;
  readonly sort: Record<string, string> = Object.create(null) as Record<string, string>;
  /** The open elements, innermost last: their names and nodes (none before <html>, whose text Pagefind never reads). */
  readonly names: string[] = [];
  readonly nodes: Array<Node | undefined> = [];
  /** How many <svg> and <math> elements are open: inside them, "/>" closes an element. */
  foreign = 0;
  insideHtml = 0;
  /** Whether a <noscript> is open, whose content is read as text. */
  inNoscript = false;
  /** Anchors marked so far: Pagefind numbers them, and a tag name that splits the marker shows the number. */
  anchors = 0;
  tag = "";
  readonly attributes = new Attributes();
  attributeName = "";
  attributeStart = -1;
  attributeEnd = -1;

  constructor(readonly html: string) {}

  onopentagname(start: number, end: number): void {
    if (this.inNoscript) return;
    this.tag = asciiLower(this.html.slice(start, end));
    this.attributes.clear();
  }

  onattribname(start: number, end: number): void {
    if (this.inNoscript) return;
    // lol_html 3 compares a name's bytes as written: a leading byte order mark stays part of it.
    this.attributeName = asciiLower(this.html.slice(start, end));
    this.attributeStart = -1;
  }

  onattribdata(start: number, end: number): void {
    if (this.attributeStart === -1) this.attributeStart = start;
    this.attributeEnd = end;
  }

  onattribentity(): void {
    // Entities are not decoded: Pagefind reads values as written, and decodes them itself.
  }

  onattribend(): void {
    if (this.inNoscript) return;
    this.attributes.add(this.attributeName, this.attributeStart === -1 ? "" : withoutByteOrderMark(this.html.slice(this.attributeStart, this.attributeEnd)));
  }

  onopentagend(): void {
    if (!this.inNoscript) this.open(false);
  }

  onselfclosingtag(): void {
    // "/>" ends an element only inside SVG or MathML, as in a browser: <svg/> and <math/> themselves included.
    if (!this.inNoscript) this.open(this.foreign > 0 || this.tag === "svg" || this.tag === "math");
  }

  isInForeignContext(): boolean {
    return this.foreign > 0;
  }

  onclosetag(start: number, end: number): void {
    const name = asciiLower(this.html.slice(start, end));
    if (this.inNoscript && name !== "noscript") return;
    this.inNoscript = false;
    if (this.foreign === 0 && VOID.has(name)) return;
    const at = this.names.lastIndexOf(name);
    // An end tag with no element open to end is ignored; one that ends an outer element ends those inside it first,
    // each as if the tag were its own, as Pagefind's parser (lol_html) ends them.
    if (at === -1) return;
    while (this.names.length > at) this.close(this.names.pop()!, this.nodes.pop(), name);
  }

  ontext(start: number, end: number): void {
    if (this.insideHtml > 0) this.current.value += this.html.slice(start, end);
  }

  ontextentity(): void {
    // Entities are not decoded, as above.
  }

  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}

  /** The current tag opens: its node takes its attributes; one with no end tag gives them at once and is over. */
  open(selfClosing: boolean): void {
    const { tag: name, attributes } = this;
    if (name === "svg" || name === "math") this.foreign++;
    if (name === "html") {
      this.insideHtml++;
      const lang = attributes.get("lang");
      if (lang !== undefined) this.language = lang.toLowerCase();
    }
    let node: Node | undefined;
    if (this.insideHtml > 0) node = this.node(name, attributes);
    // Outside HTML, in SVG or MathML, an element named like a void one holds content.
    const ends = selfClosing || (this.foreign === 0 && VOID.has(name));
    if (!ends) {
      this.names.push(name);
      this.nodes.push(node);
      // A <noscript>'s content is text to Pagefind's parser, as to a browser that runs scripts: no element in it counts.
      if (name === "noscript" && this.foreign === 0) this.inNoscript = true;
      return;
    }
    if (name === "svg" || name === "math") this.foreign--;
    if (!node) return;
    // An element with no end tag gives its attributes now, and its place back to its parent. Pagefind gives it back
    // before it marks an element never indexed, so such an element ending at once (<svg/>) marks its parent instead.
    this.current = node.parent!;
    if (REMOVED.has(name)) this.current.status = "ignored";
    if (node.status === "excluded") return;
    this.collect(node);
    const { meta } = this;
    const src = attributes.get("src");
    if (name === "img" && meta.auto_image === undefined && (meta.auto_title !== undefined || meta.title !== undefined) && src !== undefined) {
      // Pagefind 1.6 tidies the image's address and alt text as it tidies every other value.
      meta.auto_image = normalize(src);
      const alt = attributes.get("alt");
      if (alt !== undefined) meta.auto_image_alt = normalize(alt);
    }
  }

  /** An element's node, made the current one, with what its opening adds to its parent's text. */
  node(name: string, attributes: Attributes): Node {
    const ignore = attributes.pagefind ? attributes.get("data-pagefind-ignore") : undefined;
    const own: Status =
      attributes.pagefind && attributes.get("data-pagefind-body") !== undefined
        ? "body"
        : ignore === undefined
          ? "indexing"
          : ["", "index", "true"].includes(asciiLower(ignore))
            ? "ignored"
            : "excluded";
    const parent = this.current;
    const id = attributes.get("id");
    if (own !== "excluded" && own !== "ignored" && id !== undefined) {
      // Pagefind marks an anchor here; its spaces decide whether the parent's text ends a sentence.
      if (!(parent.status === "parentOfBody" && own !== "body")) parent.value += ` ${ANCHOR}${name}:${this.anchors++}:${id.replace(ALL_SPACES, "")} `;
    }
    if (own !== "excluded") {
      const indexed = attributes.pagefind ? attributes.get("data-pagefind-index-attrs") : undefined;
      for (const attribute of indexed?.split(",").map(trim) ?? []) {
        let value = attributes.get(asciiLower(attribute)) ?? "";
        if (endsLikeASentence(value)) value += ".";
        parent.value += ` ${value} `;
      }
      if (name === "br") parent.value += " ";
    }
    const node: Node = {
      value: "",
      parent,
      status: REMOVED.has(name) ? "ignored" : parent.status === "excluded" ? "excluded" : own,
      filter: attributes.list("data-pagefind-filter"),
      meta: attributes.list("data-pagefind-meta"),
      defaultMeta: attributes.list("data-pagefind-default-meta"),
      sort: attributes.list("data-pagefind-sort"),
      weight: attributes.pagefind ? attributes.get("data-pagefind-weight") : undefined,
    };
    this.current = node;
    return node;
  }

  /** What every element's end gives, text or not: its filters, metadata and sort keys. */
  collect(node: Node): void {
    for (const entry of node.filter ?? []) {
      const found = pair(node, entry);
      if (found) (this.filters[found[0]] ??= []).push(normalize(found[1]));
    }
    for (const entry of node.sort ?? []) {
      const found = pair(node, entry);
      if (found) this.sort[found[0]] = found[1];
    }
    for (const entry of node.meta ?? []) {
      const found = pair(node, entry);
      if (found) this.meta[found[0]] = found[1];
    }
    for (const entry of node.defaultMeta ?? []) {
      const found = pair(node, entry);
      if (found) this.defaultMeta[found[0]] = found[1];
    }
  }

  /**
   * An element ends, by the end tag `ending` (its own, or an outer element's): its text, ended as a sentence and
   * weighted as that tag's would be, goes to its parent's.
   */
  close(name: string, node: Node | undefined, ending: string): void {
    if (name === "svg" || name === "math") this.foreign--;
    if (name === "html") this.insideHtml--;
    if (!node) return;
    this.current = node.parent!;
    if (node.status === "excluded") return;
    this.collect(node);
    const { meta } = this;
    if (name === "h1" && meta.auto_title === undefined && NOT_SPACE.test(node.value)) meta.auto_title = normalize(node.value);
    if (name === "title" && meta.auto_page_title === undefined) meta.auto_page_title = normalize(node.value);
    if (node.status === "ignored") return;
    if (SENTENCE.has(ending)) node.value = ` ${node.value}${endsLikeASentence(node.value) ? "." : ""} `;
    const weight = HEADING_WEIGHT.get(ending);
    if (node.weight !== undefined) node.value = ` ___PAGEFIND_WEIGHT___${node.weight} ${node.value} ___END_PAGEFIND_WEIGHT___ `;
    else if (weight !== undefined) node.value = ` ___PAGEFIND_AUTO_WEIGHT___${weight} ${node.value} ___END_PAGEFIND_WEIGHT___ `;
    const parent = this.current;
    if (parent.status === "parentOfBody" && node.status !== "body" && node.status !== "parentOfBody") return;
    if (node.status === "indexing") parent.value += node.value;
    else {
      if (parent.status !== "parentOfBody") parent.value = "";
      parent.value += node.value;
      parent.status = "parentOfBody";
    }
  }
}

/**
 * The record Pagefind would make of `html` at `url`, or undefined when it has no marked body (data-pagefind-body),
 * which Pagefind would not index beside pages that have one.
 */
export function pageRecord(url: string, html: string): CustomRecord | undefined {
  const reading = new Reading(html);
  const tokenizer = new Tokenizer({ decodeEntities: false }, reading);
  tokenizer.write(html);
  tokenizer.end();
  const { root, meta } = reading;
  // Elements left open fold into their parents, as Pagefind folds them at the end of the file.
  for (let node = reading.current; node.parent; node = node.parent) {
    const parent = node.parent;
    if (parent.status === "parentOfBody" || node.status === "ignored" || node.status === "excluded") continue;
    if (node.status === "indexing") parent.value += node.value;
    else {
      parent.value = node.value;
      parent.status = "parentOfBody";
    }
  }
  if (root.status !== "parentOfBody") return undefined;

  const { auto_image: image, auto_title: title, auto_page_title: pageTitle, ...given } = meta;
  if (image !== undefined) {
    // The alt text goes with the image: one named by an attribute alone stays.
    const alt = given.auto_image_alt ?? "";
    delete given.auto_image_alt;
    if (given.image === undefined) Object.assign(given, { image, image_alt: alt });
  }
  const fallbackTitle = title ?? pageTitle;
  if (fallbackTitle !== undefined && given.title === undefined) given.title = fallbackTitle;
  return {
    url,
    // Pagefind reads the digest word by word, so only its entities need decoding.
    content: withoutAnchors(decodeReferences(root.value)),
    language: reading.language || "unknown",
    // Pagefind strips its markers from metadata and filters itself, as it does for a page it reads.
    meta: { ...reading.defaultMeta, ...given },
    filters: reading.filters,
    sort: reading.sort,
  };
}
