// Which pages a change adds, changes or removes: the HTML of two built sites compared page by page. What differs
// between any two builds of the same content is set aside first: the dates that follow each file's git history,
// the content hashes in the names of the shared assets, and the address each site was built for.
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { parse, serialize, type DefaultTreeAdapterTypes as Tree } from "parse5";

export interface PageChanges {
  /** Page addresses as visitors type them (/, /about/, /contact.html), sorted. */
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

/** Where a build was made to be published: its public address (https://example.org/la-website/) and path (/la-website/). */
interface BuildAddress {
  url: string | undefined;
  path: string;
}

/**
 * The bundles and data files every page loads, named by content hash (src/assets/): esbuild's eight
 * capitals and digits (site.OPPC6QGK.css) or ten hexadecimal digits (installations.10634c79c1.json).
 */
const HASHED_ASSET = /(\/assets\/[\w-]+)\.(?:[0-9A-Z]{8}|[0-9a-f]{10})(\.\w+)/g;

/** A news post's structured data gives the date its file last changed (src/feeds/structured-data.ts). */
const DATE_MODIFIED = /"dateModified":"[^"]*"/g;

const byAddress = (a: string, b: string) => a.localeCompare(b, "en");

/** The address a page file answers at: index.html at its folder's address, any other file at its own. */
function pageAddress(file: string): string {
  const path = `/${file.split(sep).join("/")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

/** Every page of a built site: its HTML files, by address. */
function pagesOf(site: string): Map<string, string> {
  const files = readdirSync(site, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
  return new Map(files.map((file) => [pageAddress(file), join(site, file)]));
}

/** The address a site was built for, from its home page's canonical link; a site without one counts as built for /. */
function buildAddress(site: string): BuildAddress {
  try {
    const home = parse(readFileSync(join(site, "index.html"), "utf8"));
    const url = findElement(home, (element) => element.tagName === "link" && attribute(element, "rel") === "canonical")?.attrs.find(
      (attr) => attr.name === "href",
    )?.value;
    if (url) return { url, path: new URL(url).pathname };
  } catch {
    // No home page, or no absolute canonical address in it.
  }
  return { url: undefined, path: "/" };
}

/**
 * A page as any build of the same content writes it. Both sites are read with the same function, which knows
 * both addresses: an editor's link to the published site then reads the same in a build for another address.
 */
function pageNormaliser(addresses: readonly BuildAddress[]): (html: string) => string {
  const longestFirst = (values: Array<string | undefined>) =>
    [...new Set(values.filter((value): value is string => Boolean(value)))].sort((a, b) => b.length - a.length);
  const urls = longestFirst(addresses.map((address) => address.url));
  const paths = longestFirst(addresses.map((address) => address.path).filter((path) => path !== "/"));
  return (html) => {
    const document = parse(html);
    forgetLastChanged(document);
    // Serialised by parse5, so markup that the base-path plugin rewrote (<meta …> for <meta …/>) reads the same.
    let text = serialize(document);
    for (const url of urls) text = text.replaceAll(url, "/");
    for (const path of paths) text = text.replaceAll(path, "/");
    return text.replace(HASHED_ASSET, "$1$2").replace(DATE_MODIFIED, '"dateModified":""');
  };
}

/** Pages only in `head` are added, only in `base` removed, and in both changed when they read differently. */
export function compareBuilds(base: string, head: string): PageChanges {
  const [basePages, headPages] = [pagesOf(base), pagesOf(head)];
  const normalise = pageNormaliser([buildAddress(base), buildAddress(head)]);
  const changes: PageChanges = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const address of [...new Set([...basePages.keys(), ...headPages.keys()])].sort(byAddress)) {
    const [before, after] = [basePages.get(address), headPages.get(address)];
    if (!before) changes.added.push(address);
    else if (!after) changes.removed.push(address);
    else if (sameAfterNormalising(readFileSync(before, "utf8"), readFileSync(after, "utf8"), normalise)) changes.unchanged += 1;
    else changes.changed.push(address);
  }
  return changes;
}

function sameAfterNormalising(before: string, after: string, normalise: (html: string) => string): boolean {
  return before === after || normalise(before) === normalise(after);
}

/** Empties the "Last updated" date in the page footer (src/layouts/Base.tsx), which follows the file's git history. */
function forgetLastChanged(node: Tree.ParentNode): void {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === "footer" && (attribute(child, "class") ?? "").split(/\s+/).includes("page-meta")) {
      for (const time of findElements(child, (element) => element.tagName === "time")) {
        time.attrs = time.attrs.filter((attr) => attr.name !== "datetime");
        time.childNodes = [];
      }
    } else forgetLastChanged(child);
  }
}

const isElement = (node: Tree.Node): node is Tree.Element => "tagName" in node;

const attribute = (element: Tree.Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

function findElements(node: Tree.ParentNode, matches: (element: Tree.Element) => boolean): Tree.Element[] {
  return node.childNodes.filter(isElement).flatMap((element) => [...(matches(element) ? [element] : []), ...findElements(element, matches)]);
}

const findElement = (node: Tree.ParentNode, matches: (element: Tree.Element) => boolean) => findElements(node, matches)[0];
