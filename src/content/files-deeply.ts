// The checks that read whole files rather than their headers: every picture a page uses is decoded, and every HTML
// material cleaned, as the build will. npm run check and the build both run them, so both report the same problems.
import { readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { decodingProblem } from "../images/validate.ts";
import { decodeHtml, safeHtmlMaterial } from "../materials/html.ts";
import { HTML_MATERIAL_EXTENSIONS } from "../materials/types.ts";
import type { LoadResult } from "./load.ts";
import type { Problem } from "./problems.ts";

/** Verdicts of earlier runs in this process, by file, size and time, so a preview's rebuild reads only what changed. */
const earlier = new Map<string, { stamp: string; problem: string | undefined }>();

async function remembered(file: string, judge: () => Promise<string | undefined>): Promise<string | undefined> {
  const { size, mtimeMs } = await stat(file);
  const stamp = `${size}:${mtimeMs}`;
  const known = earlier.get(file);
  if (known?.stamp === stamp) return known.problem;
  const problem = await judge();
  earlier.set(file, { stamp, problem });
  return problem;
}

async function cleaningProblem(file: string): Promise<string | undefined> {
  try {
    safeHtmlMaterial(decodeHtml(await readFile(file)));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export async function checkFilesDeeply(root: string, { content, pictureUses }: LoadResult): Promise<Problem[]> {
  const problems: Problem[] = [];
  const verdicts = new Map<string, Promise<string | undefined>>();
  for (const use of pictureUses) if (!verdicts.has(use.path)) verdicts.set(use.path, remembered(join(root, use.path), () => decodingProblem(join(root, use.path))));
  for (const use of pictureUses) {
    const problem = await verdicts.get(use.path);
    if (problem) problems.push({ file: use.file, line: use.line, field: use.field, message: use.field === "body" ? `${JSON.stringify(use.src)} ${problem}` : problem });
  }
  const pages = [...content.assets].filter((path) => path.startsWith("/assets/materials/") && HTML_MATERIAL_EXTENSIONS.has(extname(path).toLowerCase()));
  for (const path of pages) {
    const problem = await remembered(join(root, path), () => cleaningProblem(join(root, path)));
    if (problem) problems.push({ file: path.slice(1), line: 1, field: "file", message: problem });
  }
  return problems;
}
