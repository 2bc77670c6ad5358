// Old addresses: the paths pages and files had on the site this one replaces (redirect_from), checked so that each
// leads to exactly one place and never hides a page, and sorted into how a static host can answer each one.
import { extname, posix } from "node:path";
import { readAddress } from "../schema/addresses.ts";
import { OLD_ADDRESS_EXPECTED, oldAddress } from "../schema/fields.ts";
import type { Problem } from "../content/problems.ts";

/** How a host without redirect rules answers an old address. */
export type Answer =
  /** A small page at the old address that forwards to the new one. */
  | "page"
  /** A copy of the material file, published at its old address too. */
  | "copy"
  /** Nothing: only hosts that read _redirects answer it (a file kept on another site). */
  | "rule"
  /** The page itself, copied to its old /x.html beside /x/: hosts that serve x.html for /x/ would loop on a forwarding page. */
  | "mirror";

export interface Redirect {
  /** The old path, decoded, such as /assets/presentation/workshop-2022/SBDI-LA workshop.docx. */
  from: string;
  /** Where it leads: a path on this site, with an anchor for a portal's row, or the web address of a material kept elsewhere. */
  to: string;
  /** The name of what it leads to, for the visible link. */
  title: string;
  answer: Answer;
  /** The file that lists it. */
  source: string;
  /** For a copy: the material's file, as a site path. */
  file?: string;
}

/** One old address as an editor wrote it, and where the record that lists it lives. */
export interface OldAddressClaim {
  value: string;
  to: string;
  title: string;
  file: string;
  line: () => number;
  field: string;
  /** Set for a workshop material: the site path of its file when the site publishes it, else undefined. */
  material?: { localFile: string | undefined };
}

/** What the site itself publishes, which an old address must never take over. */
interface PublishedAddresses {
  /** Page addresses (such as /about/) with the file or template that makes each. */
  pages: ReadonlyMap<string, string>;
  /** Files under assets/ and the other files the build writes at fixed addresses, such as /workshops/x/event.ics. */
  files: ReadonlyMap<string, string>;
}

/** Folders the build fills itself: hashed bundles sit directly in /assets/. */
const BUILD_FOLDERS = ["/assets/images/", "/assets/materials/", "/pagefind/", "/pr-preview/"];

const EXPECTED = "an old address that no page or file of this site uses now";

/** Whether a host serves the old address as a page: it ends in /, .html or has no extension. */
function isPageAddress(path: string): boolean {
  const extension = extname(posix.basename(path)).toLowerCase();
  return path.endsWith("/") || extension === ".html" || extension === ".htm" || extension === "";
}

/** The file a static host reads for an address: /events/x/ and /events/x are /events/x/index.html. */
export function servedFile(path: string): string {
  if (path.endsWith("/")) return `${path}index.html`;
  return isPageAddress(path) && extname(path) === "" ? `${path}/index.html` : path;
}

/** The address Eleventy writes a forwarding page at: a folder address for /events/x, the path itself for /contact.html. */
export function forwardingPagePermalink(path: string): string {
  return servedFile(path).replace(/index\.html$/, "");
}

/** The folders a path lies in, such as /a and /a/b for /a/b/c.pdf. */
const ancestors = (path: string) => {
  const found: string[] = [];
  for (let folder = posix.dirname(path); folder !== "/"; folder = posix.dirname(folder)) found.push(folder);
  return found;
};

/** One spelling per file on disk: case-insensitive and Unicode-normalising disks (macOS, Windows) read these alike. */
const fold = (path: string) => path.normalize("NFKC").toUpperCase().toLowerCase();

/** A page address without its spellings (/x, /x/, /x.html, /x/index.html), as hosts that guess the rest see it. */
const pageStem = (path: string) =>
  fold(path)
    .replace(/(\/index)?\.html?$/, "")
    .replace(/\/$/, "");

/**
 * Checks every claim (in file and line order, so the first one listed keeps an address) and returns the redirects
 * and the problems: an address that names a page or file of this site in any spelling a host or disk reads alike,
 * one listed twice, one inside a folder the build fills, a file address on a page, and a material's old address at
 * the root of the site, where files prove who owns the domain.
 */
export function checkOldAddresses(claims: readonly OldAddressClaim[], published: PublishedAddresses): { redirects: Redirect[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const redirects: Redirect[] = [];
  const files = new Map<string, string>();
  const folders = new Map<string, string>();
  const stems = new Map<string, { owner: string; page: string }>();
  const occupy = (file: string, owner: string) => {
    files.set(fold(file), owner);
    for (const folder of ancestors(file)) folders.set(fold(folder), owner);
  };
  for (const [address, owner] of published.pages) {
    occupy(servedFile(address), owner);
    if (address.endsWith("/")) stems.set(pageStem(address), { owner, page: address });
  }
  for (const [file, owner] of published.files) occupy(file, owner);
  const claimed = new Map<string, OldAddressClaim>();
  const valid = oldAddress();
  for (const claim of claims) {
    const address = readAddress(claim.value);
    // A value that is not a site path is reported by its field's own check.
    if (address.kind !== "site" || address.relative || !valid.safeParse(claim.value).success) continue;
    const from = address.path;
    const report = (message: string) =>
      problems.push({ file: claim.file, line: claim.line(), field: claim.field, message: `${JSON.stringify(claim.value)} ${message}` });
    const served = servedFile(from);
    const key = fold(served);
    const earlier = claimed.get(key) ?? (isPageAddress(from) ? claimed.get(`stem:${pageStem(from)}`) : undefined);
    if (earlier) {
      report(`is already listed in ${earlier.file} at line ${earlier.line()} (expected each old address listed once)`);
      continue;
    }
    const owner = files.get(key);
    if (owner) {
      report(`is the address of ${owner} (expected ${EXPECTED})`);
      continue;
    }
    // Some hosts serve /x.html for /x/ when both exist: only the page's own old address may stand beside it.
    const stem = isPageAddress(from) ? stems.get(pageStem(from)) : undefined;
    if (stem && (claim.to !== stem.page || claim.material)) {
      report(`would stand in for ${stem.owner} on hosts that serve ${from} for ${stem.page} (expected ${EXPECTED})`);
      continue;
    }
    const folder = BUILD_FOLDERS.find((prefix) => key.startsWith(prefix));
    if (folder || /^\/assets\/[^/]+$/.test(key) || from === "/") {
      report(`is ${from === "/" ? "the home page" : `under ${folder ?? "/assets/"}, which the build fills itself`} (expected ${EXPECTED})`);
      continue;
    }
    if (/\*|\/:/.test(from)) {
      report(`has * or /:, which redirect rules read as a pattern matching other addresses (${OLD_ADDRESS_EXPECTED.replace(/^a path/, "expected a path")})`);
      continue;
    }
    const around =
      folders.get(key) ??
      ancestors(served)
        .map((inside) => files.get(fold(inside)))
        .find(Boolean);
    if (around) {
      report(`would put a file and a folder at the same place as ${around} (expected ${EXPECTED})`);
      continue;
    }
    if (claim.material && posix.dirname(from) === "/") {
      report(
        `is at the root of the site, where files prove who owns the domain (expected an old address inside a folder, such as /assets/presentation/<event>/<file>)`,
      );
      continue;
    }
    const page = isPageAddress(from);
    let answer: Answer = "page";
    if (claim.material) {
      const local = claim.material.localFile;
      const to = readAddress(claim.to);
      const target = local ?? (to.kind === "elsewhere" && URL.canParse(claim.to.trim()) ? new URL(claim.to.trim()).pathname : claim.to);
      const fileExtension = extname(target).toLowerCase();
      const sameKind = fileExtension !== "" && extname(from).toLowerCase() === fileExtension;
      if (!page && fileExtension !== "" && !sameKind) {
        report(`is not the same kind of file as the material (expected an old address ending in ${fileExtension})`);
        continue;
      }
      answer = local && sameKind ? "copy" : page ? "page" : "rule";
    } else if (stem) {
      answer = "mirror";
    } else if (!page) {
      report(
        `is the address of a file, which a page cannot stand in for (expected a page address ending in / or .html; list a file's old address on its material)`,
      );
      continue;
    }
    claimed.set(key, claim);
    if (page) claimed.set(`stem:${pageStem(from)}`, claim);
    occupy(served, `the old address ${from} in ${claim.file}`);
    const file = answer === "copy" ? claim.material?.localFile : undefined;
    redirects.push({ from, to: claim.to, title: claim.title, answer, source: claim.file, ...(file ? { file } : {}) });
  }
  redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return { redirects, problems };
}
