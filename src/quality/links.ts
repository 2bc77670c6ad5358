// Finds every link in a built site: internal ones are checked against the files and ids that exist,
// external ones are listed (checking them needs the network, so it is a separate, explicit step).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";

interface SiteLinks {
  /** "page -> link" for internal links that lead nowhere, or to an anchor that does not exist. */
  broken: string[];
  /** External addresses, each with the pages that use it. */
  external: Map<string, string[]>;
}

const LINKING = new Set(["a", "link", "img", "script", "source", "form"]);

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The page a site path leads to, as a file in `site`, or undefined. */
function target(site: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const file = join(site, decoded.endsWith("/") ? `${decoded}index.html` : decoded);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Checks the links of every HTML page in `site` (workshop materials excepted: they are published as they are). */
export function checkLinks(site: string, basePath = "/"): SiteLinks {
  const pages = files(site).filter((file) => file.endsWith(".html") && !relative(site, file).startsWith("assets/"));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const document = parseDocument(readFileSync(file, "utf8"));
      ids.set(file, new Set(DomUtils.findAll((element) => element.attribs.id !== undefined, document.children).map((element) => element.attribs.id!)));
    }
    return ids.get(file)!;
  };
  const broken: string[] = [];
  const external = new Map<string, string[]>();
  for (const file of pages) {
    const page = `/${relative(site, file)
      .split("\\\\")
      .join("/")
      .replace(/index\.html$/, "")}`;
    const document = parseDocument(readFileSync(file, "utf8"));
    for (const element of DomUtils.findAll((node) => LINKING.has(node.name), document.children)) {
      const url = element.attribs.href ?? element.attribs.src ?? element.attribs.action;
      if (!url) continue;
      if (/^https?:\/\//i.test(url)) {
        external.set(url, [...(external.get(url) ?? []), page]);
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
      const resolved = new URL(url, `http://site.invalid${basePath}${page.slice(1)}`);
      if (!resolved.pathname.startsWith(basePath)) {
        broken.push(`${page} -> ${url} (outside ${basePath})`);
        continue;
      }
      const destination = target(site, `/${resolved.pathname.slice(basePath.length)}`);
      if (!destination) broken.push(`${page} -> ${url}`);
      else if (resolved.hash && destination.endsWith(".html") && !idsOf(destination).has(decodeURIComponent(resolved.hash.slice(1))))
        broken.push(`${page} -> ${url} (no such anchor)`);
    }
  }
  return { broken: broken.sort(), external: new Map([...external].sort(([a], [b]) => a.localeCompare(b))) };
}
