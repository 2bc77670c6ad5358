// What npm run bench measured, part by part, kept in bench/results.json so that a run of some parts (`--only`, `--sizes`)
// updates their figures and keeps the others', each with the date, code and machine it was measured on; and the goals.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";

export interface Measured {
  /** YYYY-MM-DD. */
  date: string;
  /** The commit, and the files that differed from it. */
  code: string;
  machine: string;
  /** The 1-minute load average when the part began and when it ended (not known for figures kept from before). */
  load?: [number, number];
  /** Timed runs started after waiting for a quiet machine, those started busy because the wait ran out, and the wait. */
  quiet?: { starts: number; busyStarts: number; waitedSeconds: number };
}

/** What every part's figures carry, given to the part, which adds the conditions of its own measuring. */
export type Stamp = Omit<Measured, "load" | "quiet">;

export interface RunSummary {
  /** Median wall time. */
  seconds: number;
  /** Median processor time, user and system, of all the run's processes (not recorded for figures kept from before). */
  cpuSeconds?: number;
  /** Highest peak of the largest single process. */
  peakMegabytes: number;
  /** Highest peak of Node. */
  nodeMegabytes: number;
}

export interface SyntheticResult {
  measured: Measured;
  pages: number;
  runs: number;
  ours: RunSummary & { pagesPerSecond: number };
  baseline: RunSummary & { pagesPerSecond: number };
  indexBytes: number;
  queryBytes: number;
  bytesPerPage: number;
  baselineIndexBytes: number;
  baselineBytesPerPage: number;
}

export interface RealBuildResult {
  measured: Measured;
  /** Markdown files under content/, translations included: what both generators build. */
  markdownFiles: number;
  /** cpuSeconds: processor time, user and system, of each run's processes (not recorded for figures kept from before). */
  ours: { seconds: number[]; cpuSeconds?: number[]; ownClock: number[]; peakMegabytes: number; html: number };
  baseline: { seconds: number[]; cpuSeconds?: number[]; peakMegabytes: number; html: number };
  /** The warm-up build, in a fresh copy: every material file's text is read, then cached. */
  firstBuild: number;
}

export interface CheckResult {
  measured: Measured;
  terminal: number[];
  ownClock: number[];
}

export interface SaveToPageResult {
  measured: Measured;
  /** The Markdown file saved and the page watched, relative to the repository and to the output. */
  file: string;
  page: string;
  /** Content pages of the site. */
  pages: number;
  /** From a save with a new word at the end of the file's text to the page's file containing it, in ms. */
  saveToPage: number[];
  /** Eleventy's own "Wrote … in … seconds" for each rebuild, in ms, and the number of files it says it wrote. */
  eleventy: number[];
  filesWritten?: number[];
  /** The same with the word added to the file's title instead of its text, and the files each of those rebuilds wrote. */
  fieldSaveToPage?: number[];
  fieldFilesWritten?: number[];
}

export interface StartupResult {
  measured: Measured;
  nodeModules: string;
  /** From starting `npm start` to Eleventy's "Server at", and to GET / answering 200 with the home page, in seconds. */
  runs: { serverAt: number; firstPage: number }[];
}

export interface Results {
  synthetic: Record<string, SyntheticResult>;
  real?: RealBuildResult;
  check?: CheckResult;
  preview?: { real?: SaveToPageResult; synthetic?: SaveToPageResult };
  startup?: StartupResult;
}

const FILE = join(import.meta.dirname, "results.json");

export const readResults = (): Results => (existsSync(FILE) ? (JSON.parse(readFileSync(FILE, "utf8")) as Results) : { synthetic: {} });

/** Written as Prettier formats it, so that `npm run lint` passes after a run. */
export async function writeResults(results: Results): Promise<void> {
  const synthetic = Object.fromEntries(Object.entries(results.synthetic).sort(([a], [b]) => Number(a) - Number(b)));
  const options = { ...(await resolveConfig(FILE)), filepath: FILE };
  writeFileSync(FILE, await format(JSON.stringify({ ...results, synthetic }), options));
}

/** The goals, each once: what is measured, the limit as the report prints it, and the test. */
export const GOALS = {
  synthetic: { what: "Full build of 5,000 synthetic pages ÷ bare Eleventy + Pagefind CLI", limit: "≤ 1.2×", met: (ratio: number) => ratio <= 1.2 },
  memory: { what: "Peak memory of the largest process, 10,000 synthetic pages", limit: "< 1 GB", met: (megabytes: number) => megabytes < 1024 },
  real: {
    what: "`npm run build` of the real content ÷ bare Eleventy + Pagefind CLI over the same Markdown",
    limit: "≤ 1.0×",
    met: (ratio: number) => ratio <= 1.0,
  },
  check: { what: "`npm run check` from the terminal, real content", limit: "< 0.6 s", met: (seconds: number) => seconds < 0.6 },
  previewReal: { what: "`npm start`: save → page rewritten, real content", limit: "< 100 ms", met: (ms: number) => ms < 100 },
  previewSynthetic: { what: "`npm start`: save → page rewritten, 5,000 synthetic pages", limit: "< 250 ms", met: (ms: number) => ms < 250 },
} as const;

export const verdict = (met: boolean) => (met ? "met" : "**missed**");
