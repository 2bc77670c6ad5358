// Reads built pages the way a link checker does: every link, every id, parsed by a real HTML parser.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";

type Element = ReturnType<typeof DomUtils.findAll>[number];

export type Page = ReturnType<typeof parseDocument>;

export const parseHtml = (html: string): Page => parseDocument(html, { lowerCaseAttributeNames: true });

export const elements = (page: Page, test: (element: Element) => boolean): Element[] => DomUtils.findAll(test, page.children);

export const byTag = (page: Page, tag: string) => elements(page, (element) => element.name === tag);

export const text = (element: Element) => DomUtils.textContent(element).trim();

/** Every address a page points at: links, stylesheets, images and scripts. */
export function linksOf(page: Page): string[] {
  return elements(page, (element) => ["a", "link", "img", "script", "source"].includes(element.name))
    .map((element) => element.attribs.href ?? element.attribs.src)
    .filter((url): url is string => typeof url === "string");
}

/** The built file an internal address resolves to, or undefined when nothing is there. */
export function resolveInternal(site: string, fromPage: string, url: string): string | undefined {
  const base = new URL(fromPage, "http://site.invalid/");
  const target = new URL(url, base);
  let path = decodeURIComponent(target.pathname);
  if (path.endsWith("/")) path += "index.html";
  const file = join(site, path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export const isInternal = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("//");
