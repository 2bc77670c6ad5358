// Builds a content folder's Markdown the bare way: Eleventy 3 with bench/baseline's one layout, then the Pagefind CLI.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { MEMORY_REPORT, timed, type Run } from "../processes.ts";

/** GNU time's precision, kept when two of its times are added. */
const hundredths = (seconds: number) => Math.round(seconds * 100) / 100;

/** Builds `content` (a folder of Markdown) into `output` with the Eleventy and Pagefind installed in `code`. */
export function buildBaseline(code: string, content: string, output: string): Run {
  rmSync(output, { recursive: true, force: true });
  const eleventy = timed(
    process.execPath,
    [
      "--import",
      MEMORY_REPORT,
      join(code, "node_modules/@11ty/eleventy/cmd.cjs"),
      `--config=${join(import.meta.dirname, "eleventy.config.js")}`,
      `--input=${content}`,
      `--output=${output}`,
      "--quiet",
    ],
    { cwd: code },
  );
  const pagefind = timed(join(code, "node_modules/.bin/pagefind"), ["--site", output, "--silent"], { cwd: code });
  return {
    seconds: hundredths(eleventy.seconds + pagefind.seconds),
    cpuSeconds: hundredths(eleventy.cpuSeconds + pagefind.cpuSeconds),
    peakMegabytes: Math.max(eleventy.peakMegabytes, pagefind.peakMegabytes),
    nodeMegabytes: eleventy.nodeMegabytes,
    output: eleventy.output + pagefind.output,
  };
}
