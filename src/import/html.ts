// The old layout's HTML inside Markdown, turned into Markdown: headings, paragraphs, lists and tables keep their
// structure, links their addresses, and videos become links to them. parse5 reads the HTML as a browser would, so a
// table left half-open in the old page still comes out whole.
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

interface HtmlConversion {
  text: string;
  /** What had no Markdown form and was left out or changed, for the editor's notes. */
  changes: string[];
}

const TRANSPARENT = new Set([
  "div",
  "span",
  "center",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "thead",
  "tbody",
  "tfoot",
  "font",
  "small",
  "big",
  "u",
]);
const DROPPED = new Set(["script", "style", "noscript", "iframe", "form", "input", "button", "svg", "object", "embed"]);

/** Markdown with HTML in it, as Markdown alone; text outside HTML elements is kept exactly as written. */
export function htmlToMarkdown(source: string): HtmlConversion {
  const changes: string[] = [];
  if (!/<\/?[a-z][\w-]*[\s>/]/i.test(source) && !source.includes("<!--")) return { text: source, changes };
  // Autolinks (<https://…>) are Markdown, not elements.
  const protectedSource = source.replace(/<((?:https?|mailto):[^\s<>]+)>/gi, "[$1]($1)");
  const fragment = parseFragment(protectedSource);
  const note = (change: string) => changes.push(change);
  const text = fragment.childNodes.map((node) => block(node, note, false)).join("");
  return { text: text.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n"), changes };
}

const isElement = (node: Node): node is Element => "tagName" in node;
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value?.trim();

/** A node at block level. Text there is the page's own Markdown, kept as it was; `inHtml` is true inside an HTML block, where whitespace is layout. */
function block(node: Node, note: (change: string) => void, inHtml: boolean): string {
  if (node.nodeName === "#comment") return "";
  if (node.nodeName === "#text") {
    const value = (node as DefaultTreeAdapterMap["textNode"]).value.replace(/</g, "&lt;");
    return inHtml ? value.replace(/\s+/g, " ").replace(/^ $/, "") : value;
  }
  if (!isElement(node)) return "";
  const tag = node.tagName;
  const children = (html = true) => node.childNodes.map((child) => block(child, note, html)).join("");
  if (/^h[1-6]$/.test(tag)) return `\n\n${"#".repeat(Number(tag[1]))} ${inline(node, note)}\n\n`;
  if (tag === "p") return `\n\n${inline(node, note)}\n\n`;
  if (tag === "ul" || tag === "ol") return `\n\n${list(node, note, 0)}\n\n`;
  if (tag === "table") return `\n\n${table(node, note)}\n\n`;
  if (tag === "br") return "\n";
  if (tag === "hr") return "\n\n---\n\n";
  if (tag === "video" || tag === "audio") return `\n\n${media(node, note)}\n\n`;
  if (tag === "template") return "";
  if (DROPPED.has(tag)) {
    note(`<${tag}> has no place in content and was left out`);
    return "";
  }
  if (TRANSPARENT.has(tag)) return children();
  return inline(node, note);
}

/** Inline content: whitespace collapsed as a browser would, links and emphasis as Markdown. */
function inline(element: Element, note: (change: string) => void): string {
  return element.childNodes
    .map((node) => inlineNode(node, note))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

function inlineNode(node: Node, note: (change: string) => void): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value.replace(/</g, "&lt;");
  if (!isElement(node)) return "";
  const content = () => inline(node, note);
  switch (node.tagName) {
    case "a": {
      const href = attribute(node, "href");
      const text = content();
      if (!href) return text;
      return `[${text || href}](${/[\s()<>]/.test(href) ? `<${href}>` : href})`;
    }
    case "strong":
    case "b":
      return wrap("**", content());
    case "em":
    case "i":
      return wrap("_", content());
    case "code":
      return `\`${content()}\``;
    case "br":
      return " ";
    case "img": {
      const source = attribute(node, "src");
      note(`the picture ${source ?? ""} was left out; add it under /assets/images/ with a description if it is needed`.replace("  ", " "));
      return "";
    }
    case "video":
    case "audio":
      return media(node, note);
    default:
      if (DROPPED.has(node.tagName)) {
        note(`<${node.tagName}> has no place in content and was left out`);
        return "";
      }
      return content();
  }
}

const wrap = (marker: string, text: string) => (text ? `${marker}${text}${marker}` : "");

/** A video or sound becomes a link to it: pages here embed no players. */
function media(element: Element, note: (change: string) => void): string {
  const source =
    attribute(element, "src") ??
    element.childNodes
      .filter(isElement)
      .map((child) => attribute(child, "src"))
      .find(Boolean);
  note(`a <${element.tagName}> became a link to ${source ?? "nothing"}, since pages here do not embed players`);
  return source ? `[Watch the ${element.tagName}](${/[\s()<>]/.test(source) ? `<${source}>` : source})` : "";
}

function list(element: Element, note: (change: string) => void, depth: number): string {
  const ordered = element.tagName === "ol";
  const items = element.childNodes.filter((child): child is Element => isElement(child) && child.tagName === "li");
  return items
    .map((item, index) => {
      const nested = item.childNodes.filter((child): child is Element => isElement(child) && (child.tagName === "ul" || child.tagName === "ol"));
      const own = { ...item, childNodes: item.childNodes.filter((child) => !nested.includes(child as Element)) };
      const marker = ordered ? `${index + 1}.` : "-";
      const indent = "  ".repeat(depth);
      return [`${indent}${marker} ${inline(own, note)}`, ...nested.map((child) => list(child, note, depth + 1))].join("\n");
    })
    .join("\n");
}

/** A table as a Markdown table; its first row is the header when it has no <th>. */
function table(element: Element, note: (change: string) => void): string {
  const rows: string[][] = [];
  const walk = (node: Node) => {
    if (!isElement(node)) return;
    if (node.tagName === "tr") {
      rows.push(
        node.childNodes
          .filter((cell): cell is Element => isElement(cell) && (cell.tagName === "td" || cell.tagName === "th"))
          .map((cell) => inline(cell, note).replace(/\|/g, "\\|")),
      );
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(element);
  if (rows.length === 0) return "";
  const width = Math.max(...rows.map((row) => row.length));
  const line = (row: string[]) => `| ${Array.from({ length: width }, (_, index) => row[index] ?? "").join(" | ")} |`;
  return [line(rows[0]!), `|${" --- |".repeat(width)}`, ...rows.slice(1).map(line)].join("\n");
}
