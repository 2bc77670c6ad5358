// Judges the HTML of a Markdown body on the tree a browser builds from it, inside a stand-in for the page around
// it: parse5 follows the WHATWG tree-building algorithm, with scripting enabled as in visitors' browsers. The page
// then prints that checked tree, serialised, so what was judged is exactly what is published.
import { parse, serialize, type DefaultTreeAdapterMap } from "parse5";
import { nestingDepth, parseCounted, TooManyElements } from "./counted-parse.ts";
import { readAddress } from "../schema/addresses.ts";
import { attributeProblem, elementProblem } from "./html-policy.ts";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

const NAMESPACES: Record<string, "html" | "svg" | "math"> = {
  "http://www.w3.org/1999/xhtml": "html",
  "http://www.w3.org/2000/svg": "svg",
  "http://www.w3.org/1998/Math/MathML": "math",
};

/** The shape of every page that shows an editor's text: the text sits in a div, and the page goes on after it. */
const BEFORE = '<!DOCTYPE html><html><head></head><body><main><article><div class="prose">';
const AFTER = "</div><footer>after</footer></article></main></body></html>";

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Elements whose end tag the parser adds by itself when the text around them ends. */
const END_IMPLIED = new Set(["p", "li", "dt", "dd", "rb", "rp", "rt", "rtc", "option", "optgroup"]);
/** Elements a browser re-opens after they were closed implicitly, so one left open restyles the rest of the page. */
const FORMATTING = new Set(["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"]);

interface CheckedHtml {
  html: string;
  findings: Array<{ line: number; message: string }>;
  links: Array<{ url: string; line: number }>;
}

interface Sources {
  html: string;
  lines: Array<[number, number]>;
  editorHtml: Array<[number, number]>;
}

const isElement = (node: Node): node is Element => "tagName" in node;
const childrenOf = (node: Node): Node[] => ("childNodes" in node ? (node).childNodes : []);

/** Every node under `node`, in document order, without recursion: content may nest thousands of elements deep. */
function descendants(node: Node): Node[] {
  const found: Node[] = [];
  const stack = [...childrenOf(node)].reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    found.push(next);
    stack.push(...[...childrenOf(next)].reverse());
  }
  return found;
}

/** More elements than any page's text needs, even a long table: enough to stop HTML that multiplies itself. */
const MOST_ELEMENTS = 50_000;

/** More elements inside one another than any text needs; the checks and the serialiser below recurse that deep. */
const DEEPEST_NESTING = 100;


/** The one child element of `parent` named `name`, when it is the only thing there. */
function only(parent: Node | undefined, name: string): Element | undefined {
  const children = parent ? childrenOf(parent) : [];
  const [child] = children;
  return children.length === 1 && child && isElement(child) && child.tagName === name && child.attrs.length === 0 ? child : undefined;
}

/** The stand-in page's text column, or undefined when the text broke out of it. */
function textColumn(document: Node): Element | undefined {
  const root = childrenOf(document).find(isElement);
  if (!root || root.attrs.length > 0) return undefined;
  const [head, body] = childrenOf(root) as Element[];
  if (!head || childrenOf(head).length > 0 || !body || body.attrs.length > 0) return undefined;
  const article = only(only(body, "main"), "article");
  const [column, after, ...rest] = article ? childrenOf(article) : [];
  if (!column || !after || rest.length > 0 || !isElement(column) || !isElement(after)) return undefined;
  if (column.tagName !== "div" || column.attrs.length !== 1 || after.tagName !== "footer" || after.attrs.length > 0) return undefined;
  const [text, ...more] = childrenOf(after);
  if (!text || more.length > 0 || !("value" in text) || (text as { value: string }).value !== "after") return undefined;
  return column;
}

export function checkEditorHtml(sources: Sources): CheckedHtml {
  const findings: CheckedHtml["findings"] = [];
  const links: CheckedHtml["links"] = [];
  const start = BEFORE.length;
  const end = start + sources.html.length;
  const lineAt = (offset: number) => {
    const position = Math.min(Math.max(offset - start, 0), sources.html.length);
    let line = sources.lines[0]?.[1] ?? 1;
    for (const [at, number] of sources.lines) {
      if (at > position) break;
      line = number;
    }
    return line;
  };
  const byEditor = (offset: number) => sources.editorHtml.some(([from, to]) => offset - start >= from && offset - start < to);
  const report = (offset: number, message: string) => findings.push({ line: lineAt(offset), message });

  let document: Node;
  try {
    document = parseCounted(BEFORE + sources.html + AFTER, MOST_ELEMENTS, { sourceCodeLocationInfo: true, scriptingEnabled: true });
  } catch (error) {
    if (!(error instanceof TooManyElements)) throw error;
    report(start, `the HTML ${error.message} (expected at most ${MOST_ELEMENTS}: close every <b>, <i> and <a> where it ends)`);
    return { html: "", findings, links };
  }
  // The stand-in page puts the text six levels deep.
  const depth = nestingDepth(document) - 6;
  if (depth > DEEPEST_NESTING) {
    report(start, `the HTML puts ${depth} elements inside one another (expected at most ${DEEPEST_NESTING})`);
    return { html: "", findings, links };
  }
  const column = textColumn(document);
  // Text that spills out of its column is reported, and what it holds is still judged, so one run lists everything.
  if (!column) reportBrokenLayout(document, sources.html, start, end, report);

  const ids = new Map<string, number>();
  const walk = (parent: Node) => {
    for (const node of [...childrenOf(parent)]) {
      if (node.nodeName === "#comment") {
        // Comments are notes for editors; the published page does without them.
        (parent as ParentNode).childNodes.splice((parent as ParentNode).childNodes.indexOf(node), 1);
        continue;
      }
      if (!isElement(node)) continue;
      const location = node.sourceCodeLocation;
      const offset = location?.startOffset ?? start;
      const id = node.attrs.find((attribute) => attribute.name === "id")?.value;
      if (id !== undefined) {
        const first = ids.get(id);
        if (first !== undefined) report(offset, `id=${JSON.stringify(id)} is used twice in this text, first at line ${lineAt(first)} (expected each id once)`);
        else ids.set(id, offset);
      }
      if (location && byEditor(offset)) {
        const problem = elementProblem(node.tagName, NAMESPACES[node.namespaceURI] ?? "html");
        if (problem) {
          report(offset, problem);
          continue;
        }
        for (const attribute of node.attrs) {
          const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
          const problem = attributeProblem(node.tagName, name, attribute.value);
          const at = location.attrs?.[attribute.name]?.startOffset ?? offset;
          if (problem) report(at, problem);
          else if (name === "href" || name === "cite") {
            const address = readAddress(attribute.value);
            if (address.kind === "site" && !address.relative) links.push({ url: attribute.value, line: lineAt(at) });
          }
        }
      }
      // A new browsing context never gets a handle on this page.
      if (node.tagName === "a" && node.attrs.some((attribute) => attribute.name === "target")) {
        const rel = node.attrs.find((attribute) => attribute.name === "rel");
        const tokens = new Set([...(rel?.value.toLowerCase().split(/\s+/).filter(Boolean) ?? []), "noopener", "noreferrer"]);
        if (rel) rel.value = [...tokens].join(" ");
        else node.attrs.push({ name: "rel", value: [...tokens].join(" ") });
      }
      walk(node);
    }
  };
  walk(column ?? document);
  if (!column) return { html: "", findings, links };

  const html = serialize(column);
  // The published page parses the serialised tree again: it must come out the same, or the check judged something else.
  if (findings.length === 0) {
    const again = textColumn(parse(BEFORE + html + AFTER, { scriptingEnabled: true }));
    if (!again || serialize(again) !== html) report(start, "the HTML changes meaning when the page reads it again (expected simpler HTML, or Markdown)");
  }
  return { html, findings, links };
}

/** Says which element left open, or which end tag, made the text spill into the page around it. */
function reportBrokenLayout(document: Node, html: string, start: number, end: number, report: (offset: number, message: string) => void): void {
  for (const match of html.matchAll(/<(html|body|head)\b/gi)) {
    report(start + match.index, `<${match[1]!.toLowerCase()}> is not allowed in content (expected only the page's text; the site writes the page around it)`);
    return;
  }
  const fromText = descendants(document).filter(
    (node): node is Element => isElement(node) && (node.sourceCodeLocation?.startOffset ?? -1) >= start && (node.sourceCodeLocation?.startOffset ?? -1) < end,
  );
  const open = fromText.find((element) => {
    const location = element.sourceCodeLocation!;
    if (location.endTag || VOID.has(element.tagName) || END_IMPLIED.has(element.tagName)) return false;
    // parse5 leaves the end of an element that only the end of the document closed where its start tag ends.
    const closedAt = location.endOffset > (location.startTag?.endOffset ?? location.endOffset) ? location.endOffset : Number.POSITIVE_INFINITY;
    return closedAt > end || (FORMATTING.has(element.tagName) && closedAt >= end);
  });
  if (open) {
    report(
      open.sourceCodeLocation!.startOffset,
      `<${open.tagName}> is never closed, so the rest of the page would end up inside it (expected </${open.tagName}> where it ends)`,
    );
    return;
  }
  // The first end tag with no start tag before it in the text closes one of the page's own elements.
  const opened = new Map<string, number>();
  let stray: RegExpMatchArray | undefined;
  for (const tag of html.matchAll(/<(\/?)([a-z][a-z0-9-]*)/gi)) {
    const name = tag[2]!.toLowerCase();
    const count = opened.get(name) ?? 0;
    if (!tag[1]) opened.set(name, count + 1);
    else if (count > 0) opened.set(name, count - 1);
    else if (!END_IMPLIED.has(name)) {
      stray = tag;
      break;
    }
  }
  report(
    start + (stray?.index ?? 0),
    `${stray ? `</${stray[2]!.toLowerCase()}>` : "an end tag"} closes an element the page opened, so the text would spill out of its column (expected end tags only for elements opened in the text)`,
  );
}
