// Text inside workshop materials, read at build time: PDF with unpdf (pdf.js), office formats and HTML with
// officeparser. Results are cached by the file's content hash, so an unchanged file is never read twice.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { parseOffice } from "officeparser";
import { extractText, getDocumentProxy } from "unpdf";

/** Bump when extraction changes, so cached text from an older extractor is read again. */
const EXTRACTOR_VERSION = 1;

export const EXTRACTABLE = new Set([".pdf", ".pptx", ".docx", ".odp", ".odt", ".html", ".htm"]);

export type Extraction = { text: string; from: "file" | "cache" } | { error: string };

async function readText(bytes: Buffer, extension: string): Promise<string> {
  if (extension === ".pdf") {
    // Verbosity 0: pdf.js reports broken files through the error below, not on the console.
    const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { text } = await extractText(document, { mergePages: true });
    return text;
  }
  const fileType = extension === ".htm" ? "html" : extension.slice(1);
  const ast = await parseOffice(bytes, { fileType } as Parameters<typeof parseOffice>[1]);
  const { value } = await ast.to("text");
  return value;
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
    const text = tidy(await readText(bytes, extension));
    if (text === "") return { error: "no text found in it" };
    await mkdir(cacheFolder, { recursive: true });
    await writeFile(cached, text);
    return { text, from: "file" };
  } catch (error) {
    return { error: (error as Error).message.split("\n")[0] ?? "unreadable" };
  }
}
