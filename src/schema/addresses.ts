// How a browser reads an address an editor wrote, and whether the site may link to it or load it from there.
// Addresses are resolved with the WHATWG URL parser, the one browsers use, so tabs, newlines, backslashes,
// entities already decoded by Markdown and percent-encoded dots are judged as a visitor's browser would.

/** Schemes a visitor's browser may follow from content; everything else (javascript:, data:, …) is refused. */
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/** A stand-in origin and page to resolve relative addresses against; never published. */
const STAND_IN = new URL("https://site.invalid/section/page/");

type Address =
  /** A web or e-mail address elsewhere. */
  | { kind: "elsewhere"; url: string }
  /** A page, file or anchor of this site: its path (decoded, such as /assets/materials/a b.pdf), query and fragment. */
  | { kind: "site"; path: string; relative: boolean }
  | { kind: "refused"; reason: string };

/** The scheme a browser would see, after it drops the whitespace and control characters it ignores. */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Decodes each segment of a URL path, refusing what would name a file outside the folder the path is in. */
export function decodePath(pathname: string): { path: string } | { reason: string } {
  const segments: string[] = [];
  for (const segment of pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { reason: `has "%" that is not followed by two hexadecimal digits` };
    }
    if (decoded === "." || decoded === "..") return { reason: "reaches outside its folder with .." };
    if (/[/\\\p{Cc}]/u.test(decoded)) return { reason: "has an encoded slash, backslash or control character" };
    segments.push(decoded);
  }
  return { path: segments.join("/") };
}

/** Addresses read before, by their text: a site names the same files and pages many times, in every language. */
const readBefore = new Map<string, Readonly<Address>>();
/** Past this many, the addresses read before are forgotten rather than kept for ever by a long preview. */
const KEPT_ADDRESSES = 100_000;

/** Reads an address as a browser would on a page of this site. */
export function readAddress(raw: string): Readonly<Address> {
  let address = readBefore.get(raw);
  if (address === undefined) {
    if (readBefore.size >= KEPT_ADDRESSES) readBefore.clear();
    address = Object.freeze(judgeAddress(raw));
    readBefore.set(raw, address);
  }
  return address;
}

function judgeAddress(raw: string): Address {
  const value = raw.trim();
  if (value === "") return { kind: "refused", reason: "is empty" };
  const scheme = urlScheme(value);
  if (scheme !== undefined && !SAFE_SCHEMES.has(`${scheme}:`)) return { kind: "refused", reason: `uses ${scheme}:, which is not a safe link` };
  // ".." is judged before the URL parser quietly resolves it away, in every spelling a browser accepts.
  const pathPart = value.replace(/[\t\n\r]/g, "").split(/[?#]/)[0]!;
  if (scheme === undefined && pathPart.split(/[/\\]/).some((segment) => safeDecode(segment) === "..")) {
    return { kind: "refused", reason: "reaches outside its folder with .." };
  }
  let url: URL;
  try {
    url = new URL(value, STAND_IN);
  } catch {
    return { kind: "refused", reason: "is not a valid address" };
  }
  if (!SAFE_SCHEMES.has(url.protocol)) return { kind: "refused", reason: `uses ${url.protocol}, which is not a safe link` };
  // "https:" alone resolves against a base but names nothing on its own.
  if (scheme !== undefined && !URL.canParse(value)) return { kind: "refused", reason: "is not a valid address" };
  if (scheme !== undefined) {
    if (url.protocol !== "mailto:" && url.hostname === "") return { kind: "refused", reason: "has no host" };
    return { kind: "elsewhere", url: value };
  }
  // No scheme, yet another host: "//host", "/\host" and the like, which a browser reads as another site.
  if (url.host !== STAND_IN.host) return { kind: "refused", reason: "points at another site without saying https://" };
  const decoded = decodePath(url.pathname);
  if ("reason" in decoded) return { kind: "refused", reason: decoded.reason };
  const relative = !value.startsWith("/");
  return { kind: "site", path: relative ? value.split(/[?#]/)[0]! : decoded.path, relative };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The file a validated path on this site names, decoded: /assets/materials/a b.pdf for /assets/materials/a%20b.pdf. */
export function siteFile(url: string): string {
  const address = readAddress(url);
  if (address.kind !== "site" || address.relative) throw new Error(`${url} is not a path on this site`);
  return address.path;
}
