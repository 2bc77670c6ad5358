// The checks that read whole files rather than their headers: every picture a page uses is decoded, and every HTML
// material cleaned, as the build will. npm run check and the build both run them, so both report the same problems.
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { decodingProblem } from "../images/validate.ts";
import { decodeHtml, safeHtmlMaterial } from "../materials/html.ts";
import { HTML_MATERIAL_EXTENSIONS } from "../materials/types.ts";
import { stampText } from "./files.ts";
import type { LoadResult } from "./load.ts";
import type { Problem } from "./problems.ts";
import { keptCodeVersion } from "../kept-values.ts";

type Verdicts = Map<string, { stamp: string; problem: string | undefined }>;

/** Verdicts of earlier runs in this process, by file and stamp, so a preview's rebuild reads only what changed. */
const earlier: Verdicts = new Map();

const keptFile = (root: string) => join(root, ".cache", "file-checks.json");

async function keptVerdicts(root: string, version: string): Promise<Verdicts> {
  try {
    const kept = JSON.parse(await readFile(keptFile(root), "utf8")) as { version?: unknown; verdicts?: Record<string, { stamp: string; problem?: string }> };
    if (kept.version !== version || typeof kept.verdicts !== "object" || kept.verdicts === null) return new Map();
    return new Map(Object.entries(kept.verdicts).map(([file, { stamp, problem }]) => [file, { stamp, problem }]));
  } catch {
    return new Map();
  }
}

async function keepVerdicts(root: string, version: string, verdicts: Verdicts): Promise<void> {
  const file = keptFile(root);
  try {
    await mkdir(join(root, ".cache"), { recursive: true });
    const partial = `${file}.${process.pid}`;
    await writeFile(partial, JSON.stringify({ version, verdicts: Object.fromEntries([...verdicts].sort(([a], [b]) => (a < b ? -1 : 1))) }));
    await rename(partial, file);
  } catch {
    // A folder that cannot be written only means the next run judges the files again.
  }
}

async function remembered(verdicts: Verdicts, file: string, judge: () => Promise<string | undefined>): Promise<string | undefined> {
  const stamp = stampText(await stat(file));
  const known = verdicts.get(file);
  if (known?.stamp === stamp) return known.problem;
  const problem = await judge();
  verdicts.set(file, { stamp, problem });
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
  // Compiled code keeps its verdicts between runs too, in the content's .cache/; a new version judges every file again.
  const version = keptCodeVersion();
  const verdicts = version ? await keptVerdicts(root, version) : earlier;
  const before = JSON.stringify([...verdicts]);
  const remember = (file: string, judge: () => Promise<string | undefined>) => remembered(verdicts, file, judge);
  const problems: Problem[] = [];
  const pictures = new Map<string, Promise<string | undefined>>();
  for (const use of pictureUses) if (!pictures.has(use.path)) pictures.set(use.path, remember(join(root, use.path), () => decodingProblem(join(root, use.path))));
  for (const use of pictureUses) {
    const problem = await pictures.get(use.path);
    if (problem) problems.push({ file: use.file, line: use.line, field: use.field, message: use.field === "body" ? `${JSON.stringify(use.src)} ${problem}` : problem });
  }
  const pages = [...content.assets].filter((path) => path.startsWith("/assets/materials/") && HTML_MATERIAL_EXTENSIONS.has(extname(path).toLowerCase()));
  for (const path of pages) {
    const problem = await remember(join(root, path), () => cleaningProblem(join(root, path)));
    if (problem) problems.push({ file: path.slice(1), line: 1, field: "file", message: problem });
  }
  if (version && JSON.stringify([...verdicts]) !== before) await keepVerdicts(root, version, verdicts);
  return problems;
}
