// npm run bench: measures this generator against bare Eleventy 3 with one layout plus the Pagefind CLI, on
// synthetic sites of 1,000, 5,000 and 10,000 pages, alternating the two, three runs each, and reports medians;
// then measures the real content's cold build and its rebuild after one Markdown change under `npm start`.
// Writes BENCHMARKS.md. Not part of npm test.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, freemem, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import { launch, openPage, serve } from "../tests/helpers/browser.ts";
import { writeSyntheticSite } from "./synthetic.ts";

const CODE = join(import.meta.dirname, "..");
const SIZES = (process.env.BENCH_SIZES ?? "1000,5000,10000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// Creating many files on an ordinary disk is slow and noisy; memory-backed /dev/shm measures the generators.
const SCRATCH = existsSync("/dev/shm") ? "/dev/shm" : undefined;

interface Run {
  seconds: number;
  /** The largest single process of the run: Node, or Pagefind's own process. */
  peakMegabytes: number;
  /** Node's own peak. */
  nodeMegabytes: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs a command under GNU time for wall time and peak memory (the largest process of the run, children included). */
function timed(command: string, args: string[], environment: Record<string, string> = {}): Run {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", command, ...args], {
    cwd: CODE,
    encoding: "utf8",
    env: { ...process.env, ...environment },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr.slice(-2000)}`);
  const [seconds, kilobytes] = result.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
  const node = /node-peak-rss-kb (\d+)/.exec(result.stderr);
  return { seconds: seconds!, peakMegabytes: kilobytes! / 1024, nodeMegabytes: node ? Number(node[1]) / 1024 : kilobytes! / 1024 };
}

const MEMORY_REPORT = join(CODE, "bench/memory.mjs");

function sizeOf(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : stat.size;
}

const countHtml = (path: string): number =>
  readdirSync(path, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum +
      (entry.isDirectory()
        ? entry.name === "pagefind" || entry.name === "assets"
          ? 0
          : countHtml(join(path, entry.name))
        : entry.name.endsWith(".html")
          ? 1
          : 0),
    0,
  );

const ours = (root: string, output: string) =>
  timed(process.execPath, ["--import", "tsx", "--import", MEMORY_REPORT, "src/cli/build.ts", "--root", root, "--output", output], { SITE_TODAY: "2026-11-21" });

function baseline(root: string, output: string): Run {
  rmSync(output, { recursive: true, force: true });
  const eleventy = timed(process.execPath, [
    "--import",
    MEMORY_REPORT,
    join(CODE, "node_modules/@11ty/eleventy/cmd.cjs"),
    `--config=${join(CODE, "bench/baseline/eleventy.config.js")}`,
    `--input=${join(root, "content")}`,
    `--output=${output}`,
    "--quiet",
  ]);
  const pagefind = timed(join(CODE, "node_modules/.bin/pagefind"), ["--site", output, "--silent"]);
  return {
    seconds: eleventy.seconds + pagefind.seconds,
    peakMegabytes: Math.max(eleventy.peakMegabytes, pagefind.peakMegabytes),
    nodeMegabytes: eleventy.nodeMegabytes,
  };
}

/** Bytes a visitor's browser downloads from /pagefind/ to answer one query. */
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
    await page.evaluate(
      `(async () => { const p = await import("/pagefind/pagefind.js"); await p.init(); const s = await p.search("workshop"); await Promise.all(s.results.slice(0, 10).map((r) => r.data())); })()`,
    );
    await page.waitForLoadState("networkidle");
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Median wall time; the highest peaks of all runs. */
const summarise = (runs: Run[]): Run => ({
  seconds: median(runs.map((run) => run.seconds)),
  peakMegabytes: Math.max(...runs.map((run) => run.peakMegabytes)),
  nodeMegabytes: Math.max(...runs.map((run) => run.nodeMegabytes)),
});

interface SizeResult {
  pages: number;
  html: number;
  ours: Run;
  baseline: Run;
  indexBytes: number;
  queryBytes: number;
  bytesPerPage: number;
  baselineIndexBytes: number;
  baselineBytesPerPage: number;
}

async function measureSize(pages: number, materials: string[]): Promise<SizeResult> {
  const folder = mkdtempSync(join(SCRATCH ?? CODE, ".bench-"));
  try {
    const root = join(folder, "site");
    writeSyntheticSite(root, pages, materials);
    cpSync(join(CODE, "bench/baseline/_includes"), join(root, "baseline-includes"), { recursive: true });
    // One warm-up of each fills the material-text cache and the OS file cache, as on a machine in use.
    ours(root, join(folder, "ours"));
    baseline(root, join(folder, "baseline"));
    const runs: { ours: Run[]; baseline: Run[] } = { ours: [], baseline: [] };
    for (let run = 0; run < RUNS; run++) {
      runs.ours.push(ours(root, join(folder, "ours")));
      runs.baseline.push(baseline(root, join(folder, "baseline")));
      console.log(`  ${pages} pages, run ${run + 1}: ours ${runs.ours.at(-1)!.seconds} s, baseline ${runs.baseline.at(-1)!.seconds} s`);
    }
    const site = join(folder, "ours");
    const html = countHtml(site);
    const content = sizeOf(site) - sizeOf(join(site, "pagefind")) - sizeOf(join(site, "assets/materials"));
    return {
      pages,
      html,
      ours: summarise(runs.ours),
      baseline: summarise(runs.baseline),
      indexBytes: sizeOf(join(site, "pagefind")),
      queryBytes: await bytesForOneQuery(site),
      bytesPerPage: Math.round(content / html),
      baselineIndexBytes: sizeOf(join(folder, "baseline", "pagefind")),
      baselineBytesPerPage: Math.round((sizeOf(join(folder, "baseline")) - sizeOf(join(folder, "baseline", "pagefind"))) / countHtml(join(folder, "baseline"))),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The real content: a build in a fresh process with an empty material-text cache, and with it filled. */
function realColdBuilds(): { empty: number; cached: number } {
  const folder = mkdtempSync(join(SCRATCH ?? CODE, ".bench-real-"));
  try {
    const root = join(folder, "site");
    for (const part of ["content", "_data", "assets"]) cpSync(join(CODE, part), join(root, part), { recursive: true });
    const empty = median(
      [0, 1, 2].map(() => {
        rmSync(join(root, ".cache"), { recursive: true, force: true });
        return ours(root, join(folder, "out")).seconds;
      }),
    );
    const cached = median([0, 1, 2].map(() => ours(root, join(folder, "out")).seconds));
    return { empty, cached };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Under `npm start`, the time from saving one Markdown file to its page being rewritten, and Eleventy's own count. */
async function realRebuild(): Promise<{ saveToPage: number; eleventy: number }> {
  const folder = mkdtempSync(join(SCRATCH ?? CODE, ".bench-serve-"));
  const root = join(folder, "site");
  for (const part of ["content", "_data", "assets"]) cpSync(join(CODE, part), join(root, part), { recursive: true });
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      join(CODE, "node_modules/@11ty/eleventy/cmd.cjs"),
      `--config=${join(CODE, ".eleventy.ts")}`,
      "--serve",
      "--port=8097",
      `--output=${join(root, "_site")}`,
    ],
    {
      cwd: CODE,
      env: { ...process.env, LIVING_ATLASES_ROOT: root },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  try {
    for (let waited = 0; !log.includes("Server at"); waited += 50) {
      if (waited > 60_000) throw new Error(`npm start did not start:\n${log}`);
      await wait(50);
    }
    await wait(3000);
    const file = join(root, "content/pages/faq.md");
    const page = join(root, "_site/faq/index.html");
    const original = readFileSync(file, "utf8");
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const marker = `benchmark${run}x${Date.now()}`;
      const started = performance.now();
      writeFileSync(file, original.replace("## What is GBIF?", `## What is GBIF? ${marker}`));
      while (!(existsSync(page) && readFileSync(page, "utf8").includes(marker))) await wait(2);
      times.push(performance.now() - started);
      await wait(1500);
    }
    const reported = [...log.matchAll(/Wrote \d+ files in ([\d.]+) seconds/g)].slice(1).map((match) => Number(match[1]) * 1000);
    return { saveToPage: median(times), eleventy: median(reported) };
  } finally {
    child.kill();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** `npm run check` on the real content as an editor runs it (npm, Node and all), and the check's own clock. */
function checkFromTerminal(): { terminal: number; ownClock: number } {
  // The first run compiles the tool once for this version of the code; editors pay that once, not on every check.
  spawnSync("npm", ["run", "--silent", "check"], { cwd: CODE, encoding: "utf8" });
  const runs = [0, 1, 2, 3, 4, 5, 6].map(() => {
    const started = performance.now();
    const result = spawnSync("npm", ["run", "--silent", "check"], { cwd: CODE, encoding: "utf8" });
    const terminal = (performance.now() - started) / 1000;
    const own = /checked in ([\d.]+) s/.exec(result.stdout);
    if (result.status !== 0 || !own) throw new Error(`npm run check failed:\n${result.stdout}${result.stderr}`);
    return { terminal, ownClock: Number(own[1]) };
  });
  return { terminal: median(runs.map((run) => run.terminal)), ownClock: median(runs.map((run) => run.ownClock)) };
}

function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory (${(freemem() / 1024 ** 3).toFixed(0)} GiB free), ${platform()} ${release()}, Node ${process.version}${SCRATCH ? `, synthetic sites on ${SCRATCH} (memory-backed)` : ""}`;
}

// Three real workshop files of typical size (90–270 KB, 1–2 KB of text each); every synthetic workshop gets its own copy.
const materials = ["workshop-2016/10-ala-gbif-sweden.pdf", "workshop-2015/2-operation.pdf", "workshop-2022/SBDI-2_0.pptx"].map((file) =>
  join(CODE, "assets/materials", file),
);
const results: SizeResult[] = [];
for (const size of SIZES) {
  console.log(`Measuring ${size} pages…`);
  results.push(await measureSize(size, materials));
}
console.log("Measuring the real content…");
const cold = realColdBuilds();
const rebuild = await realRebuild();
const check = checkFromTerminal();

const goal = (met: boolean) => (met ? "met" : "**missed**");
const at5000 = results.find((result) => result.pages === 5000);
const at10000 = results.find((result) => result.pages === 10000);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const table = [
  "| Pages | Generator | Wall time (median) | Pages per second | Peak memory: Node | Peak memory: largest process | Ratio to baseline | Search index | Fetched for one query | Output per page |",
  "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...results.flatMap((result) => [
    `| ${result.pages.toLocaleString("en")} | this site | ${result.ours.seconds.toFixed(2)} s | ${(result.html / result.ours.seconds).toFixed(0)} | ${result.ours.nodeMegabytes.toFixed(0)} MB | ${result.ours.peakMegabytes.toFixed(0)} MB | ${(result.ours.seconds / result.baseline.seconds).toFixed(2)}× | ${kb(result.indexBytes)} | ${kb(result.queryBytes)} | ${kb(result.bytesPerPage)} |`,
    `| | bare Eleventy + Pagefind CLI | ${result.baseline.seconds.toFixed(2)} s | ${(result.html / result.baseline.seconds).toFixed(0)} | ${result.baseline.nodeMegabytes.toFixed(0)} MB | ${result.baseline.peakMegabytes.toFixed(0)} MB | 1.00× | ${kb(result.baselineIndexBytes)} | | ${kb(result.baselineBytesPerPage)} |`,
  ]),
];

const report = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.

**Machine:** ${machine()}.

**Method.** For each size, \`bench/synthetic.ts\` writes a site of that many content pages (about 40 % workshops,
35 % news posts, 25 % partners; about 300 words each). Each workshop has three materials: its own file (a hard
link to one of three real workshop files, a PDF or a PowerPoint file of 90–270 KB) and two links to slides
elsewhere. The same Markdown is built (a) by this generator, \`npm run build\` in full, including the Pagefind
index of pages and materials, and (b) by bare Eleventy 3.1.7 with one minimal Nunjucks layout, followed by the
Pagefind CLI. After one warm-up of each, the two alternate, ${RUNS} runs each. The table gives the median wall
time and the highest peak memory, both of Node and of the largest single process of the build (at scale,
Pagefind's indexer). Pages per second counts the HTML pages written.
"Fetched for one query" is what Chromium downloads from \`/pagefind/\` to search for "workshop" and show ten results.

${table.join("\n")}

## The real content

| Measure | Result | Goal |
| --- | ---: | --- |
| Cold build, new process, material text already cached | ${cold.cached.toFixed(2)} s | under 3 s: ${goal(cold.cached < 3)} |
| First build ever, reading the text of all ${readdirSync(join(CODE, "assets/materials")).reduce((sum, folder) => sum + readdirSync(join(CODE, "assets/materials", folder)).length, 0)} material files | ${cold.empty.toFixed(2)} s | (no goal; the text is then cached by content hash) |
| Under \`npm start\`: Eleventy's rebuild after one Markdown file changes | ${rebuild.eleventy.toFixed(0)} ms | under 300 ms: ${goal(rebuild.eleventy < 300)} |
| Under \`npm start\`: from saving the file to its page being rewritten | ${rebuild.saveToPage.toFixed(0)} ms | (includes the file watcher's 40 ms settling time) |
| \`npm run check\` from the terminal (npm, Node, loading the code and checking), median of 7 | ${check.terminal.toFixed(2)} s | under 1 s: ${goal(check.terminal < 1)} |
| \`npm run check\` by its own clock (reading and checking every file) | ${check.ownClock.toFixed(2)} s | |

## Goals

| Goal | Result |
| --- | --- |
| Full build of 5,000 pages within 1.3× the bare baseline | ${at5000 ? `${(at5000.ours.seconds / at5000.baseline.seconds).toFixed(2)}×: ${goal(at5000.ours.seconds / at5000.baseline.seconds <= 1.3)}` : "not measured"} |
| Real-content cold build under 3 s | ${cold.cached.toFixed(2)} s: ${goal(cold.cached < 3)} |
| Incremental rebuild of one page under 300 ms | ${rebuild.eleventy.toFixed(0)} ms: ${goal(rebuild.eleventy < 300)} |
| \`npm run check\` from the terminal well under 1 s | ${check.terminal.toFixed(2)} s: ${goal(check.terminal < 1)} |
| Memory under 1 GB at 10,000 pages | ${at10000 ? `${at10000.ours.peakMegabytes.toFixed(0)} MB in the largest process, ${at10000.ours.nodeMegabytes.toFixed(0)} MB in Node: ${goal(at10000.ours.peakMegabytes < 1024)}` : "not measured"} |

${readFileSync(join(CODE, "bench/lighthouse.md"), "utf8").trim()}

${readFileSync(join(CODE, "bench/findings.md"), "utf8").trim()}
`;

writeFileSync(join(CODE, "BENCHMARKS.md"), report);
console.log(report);
