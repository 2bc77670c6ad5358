// Text inside workshop materials, read at build time: PDF with Mozilla's pdf.js, office formats with
// officeparser, HTML with htmlparser2. Results are cached by the file's content hash, so an unchanged file is
// never read twice.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import { parseOfficeAsync } from "officeparser";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Bump when extraction changes, so cached text from an older extractor is read again. */
const EXTRACTOR_VERSION = 1;

export const EXTRACTABLE = new Set([".pdf", ".pptx", ".docx", ".odp", ".odt", ".html", ".htm"]);

export type Extraction = { text: string; from: "file" | "cache" } | { error: string };

async function readPdf(bytes: Buffer): Promise<string> {
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
  if (extension === ".html" || extension === ".htm") {
    const html = parseDocument(bytes.toString("utf8"));
    for (const code of DomUtils.findAll((element) => element.name === "script" || element.name === "style", html.children)) DomUtils.removeElement(code);
    return DomUtils.textContent(html);
  }
  return parseOfficeAsync(file, { outputErrorToConsole: false });
}

/** Collapses runs of whitespace; the index needs words, not layout. */
const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

export async function extractMaterialText(file: string, cacheFolder: string): Promise<Extraction> {
  const extension = extname(file).toLowerCase();
  if (!EXTRACTABLE.has(extension)) return { error: `${extension || "files without an extension"} cannot be read` };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { error: (error as Error).message };
  }
  const key = createHash("sha256").update(`${EXTRACTOR_VERSION}:`).update(bytes).digest("hex");
  const cached = join(cacheFolder, `${key}.txt`);
  try {
    return { text: await readFile(cached, "utf8"), from: "cache" };
  } catch {
    // Not cached yet: read the file below.
  }
  try {
    const text = tidy(await readText(file, bytes, extension));
    if (text === "") return { error: "no text found in it" };
    await mkdir(cacheFolder, { recursive: true });
    await writeFile(cached, text);
    return { text, from: "file" };
  } catch (error) {
    return { error: (error as Error).message.split("\n")[0] ?? "unreadable" };
  }
}
