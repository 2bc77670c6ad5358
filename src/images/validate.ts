// What makes a file editors add under assets/images/ safe to convert: a format the site can read, a name that
// says what it is, a size that cannot exhaust memory, and, for SVG, nothing that runs or loads another file.
// It reads headers only (and parses SVG), so `npm run check` can run it on every picture in a few milliseconds.
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { extname } from "node:path";
import { imageSize } from "image-size";
import { SaxesParser, type SaxesTagNS } from "saxes";

/** The most pixels a picture may have: a 50-megapixel photo decodes to 200 MB, a larger one may be a decompression bomb. */
export const MAX_PIXELS = 50_000_000;
/** The longest side a picture may have, so a thin strip cannot pass the pixel limit and still be absurd. */
export const MAX_SIDE = 30_000;
/** The "expected …" part of every message about a picture that is too large. */
const SIZE_LIMIT = `expected at most ${MAX_PIXELS / 1_000_000} megapixels and ${MAX_SIDE} pixels on a side`;
const tooLarge = ({ width, height }: { width: number; height: number }) => width * height > MAX_PIXELS || Math.max(width, height) > MAX_SIDE;

type Format = "PNG" | "JPEG" | "WebP" | "GIF" | "AVIF" | "SVG";

/** Each format the site converts, by image-size's name for it, with the extensions its files may have. */
const FORMATS: Record<string, { format: Format; extensions: string[] }> = {
  png: { format: "PNG", extensions: [".png"] },
  jpg: { format: "JPEG", extensions: [".jpg", ".jpeg"] },
  webp: { format: "WebP", extensions: [".webp"] },
  gif: { format: "GIF", extensions: [".gif"] },
  avif: { format: "AVIF", extensions: [".avif"] },
  svg: { format: "SVG", extensions: [".svg"] },
};

/** The formats the site converts, as messages name them. */
const PICTURE_FORMATS = "a PNG, JPEG, WebP, GIF, AVIF or SVG file";
const NOT_A_PICTURE = `is not a picture the site can show (expected ${PICTURE_FORMATS})`;
const SAFE_DRAWING = "expected a drawing without scripts, event handlers, links to other files or foreignObject";
const NO_DECLARATIONS = "expected a drawing without DOCTYPE or entity declarations";

/** Enough for the header of every format; a JPEG's size can follow a long block of camera data, so those may need more. */
const HEADER_BYTES = 512 * 1024;

/**
 * Why the picture at `file` (an absolute path) cannot be published, as "what is wrong (expected …)", or undefined when it
 * can. Logos and pictures pass the same checks.
 */
export function pictureProblem(file: string): string | undefined {
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return `is a folder (expected ${PICTURE_FORMATS})`;
    size = stats.size;
  } catch {
    return `does not exist (expected ${PICTURE_FORMATS} at this path)`;
  }
  if (size === 0) return `is empty (expected ${PICTURE_FORMATS})`;
  const extension = extname(file).toLowerCase();
  let bytes: Uint8Array;
  try {
    bytes = extension === ".svg" ? readFileSync(file) : readStart(file, HEADER_BYTES);
  } catch (error) {
    return `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} (expected ${PICTURE_FORMATS} that can be opened)`;
  }
  let header = dimensions(bytes);
  if (!header && bytes.length < size) header = dimensions((bytes = readFileSync(file)));
  const known = header && FORMATS[header.type ?? ""];
  if (header && !known) return NOT_A_PICTURE;
  // A drawing image-size does not recognise (no size of its own, or a long preamble) is still parsed as one.
  const format = known ? known.format : extension === ".svg" && new TextDecoder().decode(bytes).includes("<svg") ? "SVG" : undefined;
  if (!format) return NOT_A_PICTURE;
  const extensions = known?.extensions ?? FORMATS.svg!.extensions;
  if (!extensions.includes(extension)) {
    const named = extension ? `named ${extension}` : "without an extension";
    return `is ${format === "SVG" ? "an SVG drawing" : `a ${format} picture`} ${named} (expected the extension ${extensions.join(" or ")})`;
  }
  if (format === "SVG") return drawingProblem(bytes);
  if (tooLarge(header!)) return `is ${header!.width} × ${header!.height} pixels (${SIZE_LIMIT})`;
  return undefined;
}

function readStart(file: string, length: number): Uint8Array {
  const descriptor = openSync(file, "r");
  try {
    const buffer = new Uint8Array(length);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, length, 0));
  } finally {
    closeSync(descriptor);
  }
}

function dimensions(bytes: Uint8Array): { width: number; height: number; type?: string } | undefined {
  try {
    return imageSize(bytes);
  } catch {
    return undefined;
  }
}

/** Thrown from inside the parser's handlers to stop at the first thing a drawing must not contain. */
class Refused extends Error {}

/** Animation elements: one that changes an href is checked as if that href were written on its element. */
const ANIMATIONS = new Set(["animate", "set", "animatetransform", "animatemotion", "animatecolor"]);
/** Elements that run code or embed a document of another kind; none is needed to draw a logo or a diagram. */
const FORBIDDEN = new Set(["script", "foreignobject", "handler", "listener", "iframe", "embed", "object"]);
/**
 * The SVG elements a logo or a diagram is drawn with. Filters and animations are left out: the renderer does not
 * animate, and crafted filters can stop it dead (a large feConvolveMatrix aborts it) or keep it busy for hours.
 */
const DRAWING_ELEMENTS = new Set([
  "svg",
  "g",
  "a",
  "defs",
  "symbol",
  "use",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "text",
  "tspan",
  "textpath",
  "title",
  "desc",
  "metadata",
  "lineargradient",
  "radialgradient",
  "stop",
  "clippath",
  "mask",
  "pattern",
  "marker",
  "image",
  "style",
  "switch",
]);
const SVG_NAMESPACE = "http://www.w3.org/2000/svg";
/** More elements than any logo or diagram; the renderer's time grows with them. */
const MOST_DRAWING_ELEMENTS = 20_000;

/**
 * Parses the drawing as XML (saxes, a conforming parser, as strict as the renderer's) and refuses the first thing in it
 * that could run or load something: a drawing is converted to pictures, and must draw the same with no other file.
 */
function drawingProblem(bytes: Uint8Array): string | undefined {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const refuse = (message: string): never => {
    throw new Refused(message);
  };
  let root = true;
  let elements = 0;
  let styleDepth = 0;
  let depth = 0;
  parser.on("doctype", (doctype) => refuse(`contains ${/<!ENTITY/i.test(doctype) ? "<!ENTITY>" : "<!DOCTYPE>"} (${NO_DECLARATIONS})`));
  parser.on("processinginstruction", ({ target }) => refuse(`contains <?${target}?> (${SAFE_DRAWING})`));
  parser.on("opentag", (tag: SaxesTagNS) => {
    const element = tag.local.toLowerCase();
    if (root && element !== "svg") refuse(`is not an SVG drawing: its outermost element is <${tag.name}> (expected <svg>)`);
    root = false;
    depth += 1;
    if (FORBIDDEN.has(element) || tag.uri === "http://www.w3.org/1999/xhtml") refuse(`contains <${tag.local}> (${SAFE_DRAWING})`);
    if (element === "style" && styleDepth === 0) styleDepth = depth;
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === "xmlns" || attribute.name === "xmlns") continue;
      const name = attribute.local.toLowerCase();
      if (name.startsWith("on")) refuse(`contains the event handler ${attribute.name}= (${SAFE_DRAWING})`);
      if (name === "href" && !isLocalReference(attribute.value)) refuse(`contains <${tag.name} ${attribute.name}=${quote(attribute.value)}> (${SAFE_DRAWING})`);
      if (name === "href") {
        const embedded = embeddedSize(attribute.value);
        if (embedded && tooLarge(embedded)) refuse(`contains a picture of ${embedded.width} × ${embedded.height} pixels (${SIZE_LIMIT})`);
      }
      const link = cssLink(attribute.value);
      if (link) refuse(`contains ${link} in <${tag.name} ${attribute.name}> (${SAFE_DRAWING})`);
    }
    elements += 1;
    if (elements > MOST_DRAWING_ELEMENTS) refuse(`has more than ${MOST_DRAWING_ELEMENTS} elements (expected a simpler drawing, or a PNG or JPEG picture)`);
    const animated = tag.attributes.attributeName?.value.split(":").at(-1)?.toLowerCase();
    if (ANIMATIONS.has(element) && animated?.startsWith("on")) refuse(`contains the event handler ${animated}= (${SAFE_DRAWING})`);
    if (ANIMATIONS.has(element) && animated === "href") {
      for (const name of ["from", "to", "by", "values"]) {
        const value = tag.attributes[name]?.value;
        const outside = value?.split(";").find((part) => part.trim() !== "" && !isLocalReference(part));
        if (outside !== undefined) refuse(`contains <${tag.name} ${name}=${quote(outside.trim())}> (${SAFE_DRAWING})`);
      }
    }
    if (tag.uri === SVG_NAMESPACE && !DRAWING_ELEMENTS.has(element)) {
      refuse(`contains <${tag.local}> (expected a drawing made of shapes, text, gradients and masks; filters and animations are not converted)`);
    }
  });
  parser.on("closetag", () => {
    if (depth === styleDepth) styleDepth = 0;
    depth -= 1;
  });
  let style = "";
  parser.on("text", (text) => {
    if (styleDepth > 0) style += text;
  });
  parser.on("cdata", (text) => {
    if (styleDepth > 0) style += text;
  });
  try {
    parser.write(new TextDecoder().decode(bytes)).close();
  } catch (error) {
    if (error instanceof Refused) return error.message;
    const [, line, reason] = /^(\d+):\d+: (.*?)\.?$/s.exec((error as Error).message) ?? [];
    return `is not well-formed XML${line ? ` at line ${line}` : ""}: ${reason ?? (error as Error).message} (expected an SVG file as a drawing program saves it)`;
  }
  const link = cssLink(style);
  if (link) return `contains ${link} in <style> (${SAFE_DRAWING})`;
  return undefined;
}

/** A reference that stays inside the drawing: a #fragment, or a bitmap embedded as a data: URL (not an SVG, which could hold links of its own). */
function isLocalReference(value: string): boolean {
  const reference = value.trim();
  return reference.startsWith("#") || /^data:image\/(png|jpeg|jpg|gif|webp|avif)[;,]/i.test(reference);
}

/** The size a bitmap embedded in a drawing claims, so one cannot be a decompression bomb either. */
function embeddedSize(reference: string): { width: number; height: number } | undefined {
  const [, base64, payload] = /^\s*data:[^,]*?(;base64)?,(.*)$/is.exec(reference) ?? [];
  if (payload === undefined) return undefined;
  try {
    return dimensions(base64 ? Buffer.from(payload, "base64") : Buffer.from(decodeURIComponent(payload), "latin1"));
  } catch {
    return undefined;
  }
}

/** The first url() that is not a #fragment, or @import, in CSS (a <style>, a style attribute or a presentation attribute such as fill). */
function cssLink(css: string): string | undefined {
  if (!/url|@import|\\/i.test(css)) return undefined;
  // Comments and escapes are removed first, as the browser's CSS tokenizer does, so u\72l( is read as url(.
  const plain = css
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, "")
    .replace(/\\([0-9a-f]{1,6})[ \t\r\n\f]?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff) || 0xfffd))
    .replace(/\\(.)/g, "$1");
  if (/@import/i.test(plain)) return "@import";
  for (const match of plain.matchAll(/url\s*\(\s*("[^"]*"|'[^']*'|[^)]*)/gi)) {
    const target = match[1]!.replace(/^["']|["']$/g, "").trim();
    if (!target.startsWith("#")) return `url(${shorten(target)})`;
  }
  return undefined;
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
const quote = (value: string) => JSON.stringify(shorten(value.trim()));

/** The problem a failure to decode or convert a picture is reported as, wherever it happens. */
export function conversionProblem(error: unknown): string {
  const message = String((error as Error).message ?? error)
    .split("\n")[0]!
    .trim();
  if (/pixel limit/i.test(message)) return `is too large to convert (${SIZE_LIMIT})`;
  return `cannot be converted: ${message.replace(/\.$/, "")} (expected ${PICTURE_FORMATS} that opens in an image viewer)`;
}

/**
 * Decodes a whole picture, as its conversion will, so `npm run check` finds a file damaged after its header too.
 * sharp is loaded only when there is a picture to decode; a drawing is decoded at a small size, since its own is
 * only its proportions.
 */
export async function decodingProblem(file: string): Promise<string | undefined> {
  const { default: sharp } = await import("sharp");
  const isDrawing = extname(file).toLowerCase() === ".svg";
  try {
    const image = sharp(file, { limitInputPixels: MAX_PIXELS, failOn: "warning", ...(isDrawing ? { density: 1 } : {}) });
    await (isDrawing ? image.png() : image.raw()).toBuffer();
    return undefined;
  } catch (error) {
    return conversionProblem(error);
  }
}
