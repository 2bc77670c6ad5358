// Which addresses a published HTML material may keep, read with the WHATWG URL parser that browsers use, so
// entities, tabs, line breaks and letter case hide no scheme from it.

/** Two hosts no material can name both of: an address that stays on each of them is a path on this site. */
const BASES = ["https://one.invalid/assets/materials/event/", "https://two.invalid/assets/materials/event/"].map((base) => new URL(base));

function parse(value: string, base: URL = BASES[0]!): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** A relative address or a path on this site: `slides.png`, `../2016/`, `/workshops/`, `#intro`; never `//host/`. */
export function onThisSite(value: string): boolean {
  return BASES.every((base) => parse(value, base)?.origin === base.origin);
}

/** The media type of a data: address, lower-cased, as the browser reads it; undefined for any other address. */
function dataType(value: string): string | undefined {
  const url = parse(value);
  if (url?.protocol !== "data:") return undefined;
  return url.pathname.split(",")[0]!.split(";")[0]!.trim().toLowerCase();
}

/** A picture inlined as a data: address, which a browser only ever decodes as an image. */
function isImageData(value: string): boolean {
  return /^image\/[a-z0-9.+-]+$/.test(dataType(value) ?? "");
}

/** A raster picture or a font inlined in a stylesheet; SVG is left out, since CSS can use it as a document (filters, masks). */
export function isStyleData(value: string): boolean {
  const type = dataType(value) ?? "";
  return (
    (/^image\/[a-z0-9.+-]+$/.test(type) && type !== "image/svg+xml") ||
    /^font\/[a-z0-9.+-]+$/.test(type) ||
    /^application\/(x-)?font-[a-z0-9.+-]+$/.test(type) ||
    type === "application/vnd.ms-fontobject"
  );
}

/** Schemes a browser fetches by itself, and schemes that run or build a document. */
const FETCHED = new Set(["http:", "https:", "ftp:", "file:", "ws:", "wss:"]);
const SCRIPTED = new Set(["javascript:", "vbscript:", "blob:", "filesystem:"]);

/**
 * Whether text, read as an address, leads to another host or to something that runs: what no attribute or
 * stylesheet string may hold unless its role allows it. Plain words, and paths on this site, lead nowhere.
 */
export function leadsElsewhere(text: string): boolean {
  const url = parse(text);
  if (!url) return false;
  if (url.protocol === "data:") return !isImageData(text);
  return SCRIPTED.has(url.protocol) || (FETCHED.has(url.protocol) && !onThisSite(text));
}

/** Where a link may take a visitor who follows it: a web page anywhere, an e-mail address, or a page of this site. */
export function isLinkTarget(value: string): boolean {
  const protocol = parse(value)?.protocol;
  return protocol === "http:" || protocol === "https:" || protocol === "mailto:" || onThisSite(value);
}

/** What a page may load by itself, without a click: files of this site, and pictures inlined as data: when `images`. */
export function isLoadable(value: string, { images }: { images: boolean }): boolean {
  return onThisSite(value) || (images && isImageData(value));
}

/** The addresses in a srcset attribute, read as the HTML standard's "parse a srcset attribute" does. */
export function srcsetAddresses(srcset: string): string[] {
  const addresses: string[] = [];
  let position = 0;
  while (position < srcset.length) {
    while (position < srcset.length && /[\t\n\f\r ,]/.test(srcset[position]!)) position++;
    if (position >= srcset.length) break;
    const start = position;
    while (position < srcset.length && !/[\t\n\f\r ]/.test(srcset[position]!)) position++;
    const address = srcset.slice(start, position);
    if (address.endsWith(",")) {
      addresses.push(address.replace(/,+$/, ""));
      continue;
    }
    addresses.push(address);
    // Descriptors run to the next comma outside parentheses.
    let depth = 0;
    while (position < srcset.length && (depth > 0 || srcset[position] !== ",")) {
      if (srcset[position] === "(") depth++;
      else if (srcset[position] === ")") depth = Math.max(0, depth - 1);
      position++;
    }
  }
  return addresses;
}
