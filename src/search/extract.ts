// Text inside workshop materials, read at build time: PDF with Mozilla's pdf.js, office formats with
// officeparser, HTML from the cleaned copy the site publishes. Results are cached by the file's content hash, so an
// unchanged file is never read twice. Files are read only inside the project's assets/ folder, whatever links say.
import { createHash } from "node:crypto";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { materialSource } from "../materials/files.ts";
import { decodeHtml, htmlMaterialText } from "../materials/html.ts";

/** Bump when extraction changes, so cached text from an older extractor is read again. */
const EXTRACTOR_VERSION = 2;

export const EXTRACTABLE = new Set([".pdf", ".pptx", ".docx", ".odp", ".odt", ".html", ".htm"]);

export type Extraction = { text: string; from: "file" | "cache" } | { error: string };

// The readers load on first use: with every file's text cached, a build never pays for pdf.js (≈40 MB, 0.4 s).
async function readPdf(bytes: Buffer): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // Verbosity 0: pdf.js reports broken files through the error below, not on the console.
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? `${item.str}${item.hasEOL ? "\n" : " "}` : "")).join(""));
    }
    return pages.join("\n");
  } finally {
    await document.destroy();
  }
}

async function readText(file: string, bytes: Buffer, extension: string): Promise<string> {
  if (extension === ".pdf") return readPdf(bytes);
  // The words visitors read in the published copy, not the scripts or hidden parts taken out of it.
  if (extension === ".html" || extension === ".htm") return htmlMaterialText(decodeHtml(bytes));
  const { parseOfficeAsync } = await import("officeparser");
  return parseOfficeAsync(file, { outputErrorToConsole: false });
}

/** Collapses runs of whitespace; the index needs words, not layout. */
const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The text of each material, cached by the file's content hash. A list of the hashes, by path, size and
 * modification time, saves reading and hashing an unchanged file at all: on a site with thousands of
 * materials that is most of the work.
 */
export class MaterialTextCache {
  private constructor(
    private readonly folder: string,
    private readonly hashes: Record<string, { size: number; modified: number; key: string }>,
  ) {}

  private changed = false;

  private static list(folder: string) {
    return join(folder, "hashes.json");
  }

  static async open(folder: string): Promise<MaterialTextCache> {
    try {
      return new MaterialTextCache(folder, JSON.parse(await readFile(MaterialTextCache.list(folder), "utf8")));
    } catch {
      return new MaterialTextCache(folder, {});
    }
  }

  /** The text of the material at a site path such as /assets/materials/workshop-2016/10 Collectory.pdf. */
  async extract(root: string, sitePath: string): Promise<Extraction> {
    const file = join(root, sitePath);
    const extension = extname(file).toLowerCase();
    if (!EXTRACTABLE.has(extension)) return { error: `${extension || "files without an extension"} cannot be read` };
    let source: string;
    let stamp: { size: number; modified: number };
    try {
      source = await materialSource(root, sitePath);
      const stats = await stat(source);
      stamp = { size: stats.size, modified: stats.mtimeMs };
    } catch (error) {
      return { error: (error as Error).message };
    }
    const known = this.hashes[file];
    if (known && known.size === stamp.size && known.modified === stamp.modified) {
      const text = await readFile(join(this.folder, `${known.key}.txt`), "utf8").catch(() => undefined);
      if (text !== undefined) return { text, from: "cache" };
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(source);
    } catch (error) {
      return { error: (error as Error).message };
    }
    const key = createHash("sha256").update(`${EXTRACTOR_VERSION}:`).update(bytes).digest("hex");
    const cached = join(this.folder, `${key}.txt`);
    const remember = () => {
      this.hashes[file] = { ...stamp, key };
      this.changed = true;
    };
    try {
      const text = await readFile(cached, "utf8");
      remember();
      return { text, from: "cache" };
    } catch {
      // Not cached yet: read the file below.
    }
    try {
      const text = tidy(await readText(source, bytes, extension));
      if (text === "") return { error: "no text found in it" };
      await mkdir(this.folder, { recursive: true });
      await writeFile(cached, text);
      remember();
      return { text, from: "file" };
    } catch (error) {
      return { error: (error as Error).message.split("\n")[0] ?? "unreadable" };
    }
  }

  /** Writes the list of hashes, sorted, when this build learned something new. */
  async save(): Promise<void> {
    if (!this.changed) return;
    await mkdir(this.folder, { recursive: true });
    const sorted = Object.fromEntries(Object.entries(this.hashes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeFile(MaterialTextCache.list(this.folder), `${JSON.stringify(sorted, null, 1)}\n`);
    this.changed = false;
  }
}
