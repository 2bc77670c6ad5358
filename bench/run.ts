// npm run bench: measures, on a snapshot of this checkout copied to /dev/shm (code with its uncommitted changes, content,
// git history),
//   synthetic  this generator against bare Eleventy 3 + the Pagefind CLI on synthetic sites of 1,000, 5,000 and 10,000 pages;
//   real       `npm run build` of the real content against the same bare baseline over its Markdown;
//   check      `npm run check` from the terminal;
//   preview    under `npm start`, the time from saving a Markdown file to its page being rewritten (real content, 5,000 pages);
//   startup    the time from `npm start` in a fresh clone to the home page being served;
// prints each figure beside its goal, keeps the figures in bench/results.json and writes BENCHMARKS.md. Not part of npm test.
//   npm run bench -- [--only synthetic,real,check,preview,startup] [--sizes 1000,5000,10000] [--runs 3 (per synthetic size)]
//   npm run bench -- --report-only      rewrites BENCHMARKS.md from bench/results.json (after editing bench/*.md, say)
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { measureCheck } from "./parts/check.ts";
import { measureSaveToPage } from "./parts/preview.ts";
import { measureRealContent } from "./parts/real-content.ts";
import { measureStartup } from "./parts/startup.ts";
import { measureSyntheticSite } from "./parts/synthetic-sites.ts";
import { load, machine, median } from "./processes.ts";
import { report } from "./report.ts";
import { GOALS, readResults, writeResults, type Results, type Stamp } from "./results.ts";
import { copyRepository, describeCode } from "./snapshot.ts";
import { writeSyntheticSite } from "./synthetic.ts";

const PARTS = ["synthetic", "real", "check", "preview", "startup"] as const;
type Part = (typeof PARTS)[number];
/** How many times each part measures; it reports the median. */
const REAL_RUNS = 5;
const CHECK_RUNS = 7;
const SAVES = 7;
const STARTUP_RUNS = 3;
const PREVIEW_SYNTHETIC_PAGES = 5000;

const { values } = parseArgs({
  options: {
    only: { type: "string", default: PARTS.join(",") },
    sizes: { type: "string", default: process.env.BENCH_SIZES ?? "1000,5000,10000" },
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "3" },
    "report-only": { type: "boolean", default: false },
  },
});
const parts = new Set(values.only.split(",").map((part) => part.trim()));
for (const part of parts) {
  if (!PARTS.includes(part as Part)) throw new Error(`--only: "${part}" is not one of ${PARTS.join(", ")}`);
}
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
if (sizes.some((size) => !Number.isInteger(size) || size < 10) || !(runs >= 1)) throw new Error("--sizes takes page counts such as 1000,5000; --runs a number");

const HERE = join(import.meta.dirname, "..");
// Creating many files on an ordinary disk is slow and noisy; memory-backed /dev/shm measures the generators.
const SCRATCH = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
const MACHINE = machine(SCRATCH);
const printBesideGoal = (goal: { what: string; limit: string; met: (value: number) => boolean }, value: number, text: string) =>
  console.log(`  ${goal.what}: ${text} (goal ${goal.limit}: ${goal.met(value) ? "met" : "MISSED"})`);

/** bench/results.json as it stands, and BENCHMARKS.md written from it. */
async function record(results: Results): Promise<void> {
  await writeResults(results);
  writeFileSync(join(HERE, "BENCHMARKS.md"), report(results, MACHINE));
}

if (values["report-only"]) {
  await record(readResults());
  console.log("Wrote BENCHMARKS.md from bench/results.json.");
  process.exit(0);
}

const folder = mkdtempSync(join(SCRATCH, "living-atlases-bench-"));
// Stopped with Ctrl-C, the benchmark still removes its folder, and stops any npm start it began (bench/processes.ts).
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
process.on("exit", () => rmSync(folder, { recursive: true, force: true }));
try {
  console.log(`Machine: ${MACHINE}; load average ${load().toFixed(1)}.`);
  const snapshot = copyRepository(HERE, join(folder, "repository"));
  const repository = snapshot.folder;
  const measured = (): Stamp => ({ date: new Date().toISOString().slice(0, 10), code: describeCode(snapshot), machine: MACHINE });
  console.log(`Code: ${describeCode(snapshot)}, copied to ${repository}.`);
  // Three real workshop files of typical size (90–270 KB, 1–2 KB of text each); every synthetic workshop gets its own copy.
  const materials = ["workshop-2016/10-ala-gbif-sweden.pdf", "workshop-2015/2-operation.pdf", "workshop-2022/SBDI-2_0.pptx"].map((file) =>
    join(repository, "assets/materials", file),
  );
  const results = readResults();

  if (parts.has("synthetic")) {
    for (const size of sizes) {
      console.log(`Synthetic site of ${size} pages…`);
      const result = await measureSyntheticSite(repository, folder, size, materials, runs, measured);
      results.synthetic[String(size)] = result;
      const ratio = result.ours.seconds / result.baseline.seconds;
      const text = `${result.ours.seconds.toFixed(2)} s ÷ ${result.baseline.seconds.toFixed(2)} s = ${ratio.toFixed(2)}×; peak ${result.ours.peakMegabytes.toFixed(0)} MB`;
      if (size === 5000) printBesideGoal(GOALS.synthetic, ratio, text);
      else if (size === 10000) printBesideGoal(GOALS.memory, result.ours.peakMegabytes, text);
      else console.log(`  ${size} pages: ${text} (the goals are at 5,000 and 10,000 pages)`);
      await record(results);
    }
  }

  if (parts.has("real")) {
    console.log("The real content: npm run build against the bare baseline…");
    const result = await measureRealContent(repository, folder, REAL_RUNS, measured);
    results.real = result;
    const [ours, baseline] = [median(result.ours.seconds), median(result.baseline.seconds)];
    printBesideGoal(GOALS.real, ours / baseline, `${ours.toFixed(2)} s ÷ ${baseline.toFixed(2)} s = ${(ours / baseline).toFixed(2)}×`);
    await record(results);
  }

  if (parts.has("check")) {
    console.log("npm run check from the terminal…");
    results.check = await measureCheck(repository, CHECK_RUNS, measured);
    const terminal = median(results.check.terminal);
    printBesideGoal(GOALS.check, terminal, `${terminal.toFixed(2)} s, median of ${CHECK_RUNS} (its own clock: ${median(results.check.ownClock).toFixed(2)} s)`);
    await record(results);
  }

  if (parts.has("preview")) {
    console.log("npm start: from a save to the page rewritten, real content…");
    const real = await measureSaveToPage(
      repository,
      repository,
      { file: "content/workshops/workshop-2016.md", page: "workshops/workshop-2016/index.html", saves: SAVES },
      measured,
    );
    results.preview = { ...results.preview, real };
    printBesideGoal(
      GOALS.previewReal,
      median(real.saveToPage),
      `${median(real.saveToPage).toFixed(0)} ms (each: ${real.saveToPage.map((value) => value.toFixed(0)).join(", ")})`,
    );
    console.log(
      `  A word added to the title instead: ${median(real.fieldSaveToPage!).toFixed(0)} ms (each: ${real.fieldSaveToPage!.map((value) => value.toFixed(0)).join(", ")})`,
    );
    await record(results);

    console.log(`npm start: from a save to the page rewritten, ${PREVIEW_SYNTHETIC_PAGES} synthetic pages…`);
    const site = mkdtempSync(join(folder, "bench-preview-"));
    writeSyntheticSite(site, PREVIEW_SYNTHETIC_PAGES, materials);
    const synthetic = await measureSaveToPage(
      repository,
      site,
      { file: "content/workshops/workshop-10.md", page: "workshops/workshop-10/index.html", saves: SAVES },
      measured,
    );
    rmSync(site, { recursive: true, force: true });
    results.preview = { ...results.preview, synthetic };
    printBesideGoal(
      GOALS.previewSynthetic,
      median(synthetic.saveToPage),
      `${median(synthetic.saveToPage).toFixed(0)} ms (each: ${synthetic.saveToPage.map((value) => value.toFixed(0)).join(", ")})`,
    );
    console.log(
      `  A word added to the title instead: ${median(synthetic.fieldSaveToPage!).toFixed(0)} ms (each: ${synthetic.fieldSaveToPage!.map((value) => value.toFixed(0)).join(", ")})`,
    );
    await record(results);
  }

  if (parts.has("startup")) {
    console.log("npm start from a fresh clone: time to the first page…");
    results.startup = await measureStartup(snapshot, folder, STARTUP_RUNS, measured);
    console.log(`  First page served: ${median(results.startup.runs.map((run) => run.firstPage)).toFixed(2)} s, median of ${STARTUP_RUNS} (no goal)`);
    await record(results);
  }

  console.log(`\nWrote bench/results.json and BENCHMARKS.md. Load average now ${load().toFixed(1)}.`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
