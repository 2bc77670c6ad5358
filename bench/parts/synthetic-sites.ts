// Synthetic sites of a given size: this generator's full build against bare Eleventy + the Pagefind CLI over the same
// Markdown, alternating, with peak memory, the size of the search index and what one search downloads.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { partBundles, PARTS_FILE, type SearchParts } from "../../src/search/parts.ts";
import { launch, openPage, serve } from "../../tests/helpers/browser.ts";
import { buildBaseline } from "../baseline/build.ts";
import { conditions, quietMachine, median, MEMORY_REPORT, timed, type Run } from "../processes.ts";
import type { Stamp, RunSummary, SyntheticResult } from "../results.ts";
import { countHtml, sizeOf } from "../sites.ts";
import { writeSyntheticSite } from "../synthetic.ts";

/** Median wall time; the highest peaks of all runs. */
export const summarise = (runs: Run[]): RunSummary => ({
  seconds: median(runs.map((run) => run.seconds)),
  cpuSeconds: median(runs.map((run) => run.cpuSeconds)),
  peakMegabytes: Math.max(...runs.map((run) => run.peakMegabytes)),
  nodeMegabytes: Math.max(...runs.map((run) => run.nodeMegabytes)),
});

/**
 * This generator's build of `root` as `npm run build -- --full` runs it (compiled), in one Node process that reports its
 * own peak memory: every page rendered, as in a first build, since the runs change nothing that a build would go on
 * from the last one for (src/eleventy/last-build.ts).
 */
const buildOurs = (code: string, root: string, output: string) =>
  timed(process.execPath, ["--import", MEMORY_REPORT, "src/cli/launch.mjs", "build", "--root", root, "--output", output, "--full"], {
    cwd: code,
    environment: { SITE_TODAY: "2026-11-21" },
  });

/** Bytes a visitor's browser downloads from /pagefind/ to answer one query, in English. */
async function bytesForOneQuery(site: string): Promise<number> {
  const server = await serve(site);
  const browser = await launch();
  try {
    const { page } = await openPage(browser);
    let bytes = 0;
    page.on("response", async (response) => {
      if (new URL(response.url()).pathname.includes("/pagefind/")) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.origin}/search/`);
    // A big site's index comes in parts, which the search page merges (src/search/parts.ts): so does this query.
    const parts = JSON.parse(readFileSync(join(site, "pagefind", PARTS_FILE), "utf8")) as SearchParts;
    const bundles = partBundles("/pagefind/", parts, "en");
    await page.evaluate(
      `(async () => { const p = await import("/pagefind/pagefind.js"); await p.init(); for (const bundle of ${JSON.stringify(bundles)}) await p.mergeIndex(bundle); const s = await p.search("workshop"); await Promise.all(s.results.slice(0, 10).map((r) => r.data())); })()`,
    );
    await page.waitForLoadState("networkidle");
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Builds a synthetic site of `pages` pages with both generators: one warm-up each, then `runs` alternating runs. */
export async function measureSyntheticSite(
  code: string,
  scratch: string,
  pages: number,
  materials: string[],
  runs: number,
  measured: () => Stamp,
): Promise<SyntheticResult> {
  const folder = mkdtempSync(join(scratch, "bench-synthetic-"));
  try {
    const root = join(folder, "site");
    writeSyntheticSite(root, pages, materials);
    const ended = conditions();
    // One warm-up of each fills the material-text cache and the OS file cache, as on a machine in use.
    buildOurs(code, root, join(folder, "ours"));
    buildBaseline(code, join(root, "content"), join(folder, "baseline"));
    const times: { ours: Run[]; baseline: Run[] } = { ours: [], baseline: [] };
    for (let run = 0; run < runs; run++) {
      await quietMachine();
      times.ours.push(buildOurs(code, root, join(folder, "ours")));
      await quietMachine();
      times.baseline.push(buildBaseline(code, join(root, "content"), join(folder, "baseline")));
      console.log(`  ${pages} pages, run ${run + 1}: ours ${times.ours.at(-1)!.seconds.toFixed(2)} s, baseline ${times.baseline.at(-1)!.seconds.toFixed(2)} s`);
    }
    const site = join(folder, "ours");
    const html = countHtml(site);
    const baselineHtml = countHtml(join(folder, "baseline"));
    const ours = summarise(times.ours);
    const baseline = summarise(times.baseline);
    const content = sizeOf(site) - sizeOf(join(site, "pagefind")) - sizeOf(join(site, "assets/materials"));
    return {
      measured: { ...measured(), ...ended() },
      pages,
      runs,
      ours: { ...ours, pagesPerSecond: Math.round(html / ours.seconds) },
      baseline: { ...baseline, pagesPerSecond: Math.round(baselineHtml / baseline.seconds) },
      indexBytes: sizeOf(join(site, "pagefind")),
      queryBytes: await bytesForOneQuery(site),
      bytesPerPage: Math.round(content / html),
      baselineIndexBytes: sizeOf(join(folder, "baseline", "pagefind")),
      baselineBytesPerPage: Math.round((sizeOf(join(folder, "baseline")) - sizeOf(join(folder, "baseline", "pagefind"))) / baselineHtml),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
