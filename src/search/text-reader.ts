// The readers of the text inside materials: PDF with Mozilla's pdf.js, office formats with officeparser, HTML from
// the cleaned copy the site publishes. They run in text-worker.ts, a child process apart from the build's memory.
import { readFile } from "node:fs/promises";
import { decodeHtml, htmlMaterialText } from "../materials/html.ts";

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

export async function readText(file: string, extension: string): Promise<string> {
  const bytes = await readFile(file);
  if (extension === ".pdf") return readPdf(bytes);
  // The words visitors read in the published copy, not the scripts or hidden parts taken out of it.
  if (extension === ".html" || extension === ".htm") return htmlMaterialText(decodeHtml(bytes));
  const { parseOfficeAsync } = await import("officeparser");
  return parseOfficeAsync(file, { outputErrorToConsole: false });
}
