// A result found in another language's index, drawn as the result template draws one (result-template.ts), with
// the same classes: its type and date, its title and the highlighted excerpt. It is a page, never a material, so
// it has no workshop line. Pagefind's excerpt is escaped text with <mark> around the words found; only those marks
// are kept as elements, everything else as text.
import type { ResultData } from "./pagefind.ts";

function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

function line(className: string, ...children: Array<Node | string>): HTMLParagraphElement {
  const paragraph = document.createElement("p");
  paragraph.className = className;
  paragraph.append(...children);
  return paragraph;
}

/** Only the web's addresses and the site's own are links: an address such as javascript: would run code. */
const isSafe = (address: string) => /^(https?:\/\/|\/(?!\/))/i.test(address);

export function resultElement(result: ResultData, language: string): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  item.lang = language;
  const address = result.meta.url ?? result.url;
  const link = document.createElement(isSafe(address) ? "a" : "span");
  if (link instanceof HTMLAnchorElement) link.href = address;
  link.textContent = result.meta.title ?? address;
  item.append(line("search-result__kind", [result.meta.type, result.meta.date].filter(Boolean).join(" · ")), line("search-result__title", link));
  if (result.excerpt) item.append(line("search-result__excerpt", ...excerptNodes(result.excerpt)));
  return item;
}
