// Lighthouse scores of the real site: home, a workshop, the map and a linked search, each with Lighthouse's phone and
// desktop presets, in Debian's Chromium, served from 127.0.0.1 as a static host serves it (text compressed with
// Brotli), with nothing fetched from elsewhere. Writes
// bench/lighthouse.md, which npm run bench includes in BENCHMARKS.md. Not part of npm test.
//   node --import tsx bench/lighthouse.ts [--site <built site>] [--runs <n>]
import { execFile, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { brotliCompressSync } from "node:zlib";
import { CHROMIUM, serve } from "../tests/helpers/browser.ts";

const CODE = join(import.meta.dirname, "..");
const LIGHTHOUSE = join(CODE, "node_modules/.bin/lighthouse");

const PAGES = [
  { name: "Home", path: "/" },
  { name: "A workshop", path: "/workshops/workshop-2016/" },
  { name: "Map", path: "/map/" },
  { name: "Search for a word", path: "/search/?q=collectory" },
];
const PRESETS = [
  { name: "phone", flags: [] },
  { name: "desktop", flags: ["--preset=desktop"] },
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

interface Run {
  scores: Record<Category, number>;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Audits below a full score in the categories that should be at 100, to say what to fix. */
  failing: string[];
}

interface LighthouseReport {
  lighthouseVersion: string;
  environment: { hostUserAgent: string };
  runtimeError?: { message: string };
  categories: Record<Category, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { title: string; score: number | null; numericValue?: number }>;
}

const { values: options } = parseArgs({ options: { site: { type: "string" }, runs: { type: "string", default: "3" } } });
const RUNS = Number(options.runs);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Builds the real content as `npm run build` does into the scratch folder, or copies the built site given. */
function builtSite(scratch: string): string {
  const output = join(scratch, "_site");
  if (options.site) {
    cpSync(options.site, output, { recursive: true });
    return output;
  }
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/build.ts", "--output", output], { cwd: CODE, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stderr}`);
  return output;
}

/** Serves a built site on 127.0.0.1 as static hosts do: text files compressed with Brotli for browsers that accept it. */
async function serveCompressed(site: string): Promise<{ origin: string; close(): Promise<void> }> {
  for (const file of readdirSync(site, { recursive: true, encoding: "utf8" })) {
    if (/\.(html|css|js|mjs|json|xml|svg|ics|txt)$/.test(file)) writeFileSync(join(site, `${file}.br`), brotliCompressSync(readFileSync(join(site, file))));
  }
  return serve(site, "/", { compressed: true });
}

let lastReport: LighthouseReport | undefined;

// Asynchronously: the site is served by this same process, which must stay free to answer.
async function lighthouse(url: string, flags: string[], scratch: string): Promise<Run> {
  const output = join(scratch, "report.json");
  await promisify(execFile)(
    LIGHTHOUSE,
    [
      url,
      ...flags,
      `--only-categories=${CATEGORIES.join(",")}`,
      "--chrome-flags=--headless=new --no-sandbox",
      "--output=json",
      `--output-path=${output}`,
      "--quiet",
    ],
    { cwd: CODE, env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 180_000 },
  ).catch((error: { stderr?: string }) => {
    throw new Error(`Lighthouse failed on ${url}:\n${(error.stderr ?? (error instanceof Error ? error.message : "no output")).slice(-2000)}`);
  });
  const report = JSON.parse(readFileSync(output, "utf8")) as LighthouseReport;
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
  lastReport = report;
  const failing = CATEGORIES.filter((category) => category !== "performance").flatMap((category) =>
    report.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${report.audits[ref.id]!.title}`),
  );
  return {
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((report.categories[category].score ?? 0) * 100)])) as Record<
      Category,
      number
    >,
    cls: report.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: report.audits["total-blocking-time"]?.numericValue ?? NaN,
    failing,
  };
}

/** The median of each measure over the runs (the scores other than performance rarely differ from run to run). */
function summarise(runs: Run[]): Run {
  return {
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, median(runs.map((run) => run.scores[category]))])) as Record<Category, number>,
    cls: median(runs.map((run) => run.cls)),
    lcpMs: median(runs.map((run) => run.lcpMs)),
    tbtMs: median(runs.map((run) => run.tbtMs)),
    failing: [...new Set(runs.flatMap((run) => run.failing))].sort(),
  };
}

const scratch = mkdtempSync(join(tmpdir(), "living-atlases-lighthouse-"));
const rows: Array<{ page: string; preset: string; result: Run }> = [];
// Lighthouse scales the processor time it observes, so other work on the machine lowers the performance scores.
const loads: number[] = [loadavg()[0]!];
try {
  const server = await serveCompressed(builtSite(scratch));
  try {
    for (const page of PAGES) {
      for (const preset of PRESETS) {
        console.log(`Lighthouse: ${page.path} (${preset.name}), ${RUNS} runs…`);
        const runs: Run[] = [];
        for (let run = 0; run < RUNS; run++) {
          runs.push(await lighthouse(`${server.origin}${page.path}`, preset.flags, scratch));
          loads.push(loadavg()[0]!);
        }
        rows.push({ page: `${page.name} (\`${page.path}\`)`, preset: preset.name, result: summarise(runs) });
      }
    }
  } finally {
    await server.close();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const fullMarks = rows.every(({ result }) => result.scores.accessibility === 100 && result.scores["best-practices"] === 100 && result.scores.seo === 100);
const fastOnPhones = rows.filter((row) => row.preset === "phone").every(({ result }) => result.scores.performance >= 95);
const goal = (met: boolean) => (met ? "met" : "**missed**");
const failing = [...new Set(rows.flatMap(({ page, preset, result }) => result.failing.map((audit) => `- ${page}, ${preset}: ${audit}`)))];
const chromium = /Chrome\/([\d.]+)/.exec(lastReport?.environment.hostUserAgent ?? "")?.[1] ?? "unknown";

/** Markdown paragraphs wrapped at the width of the rest of BENCHMARKS.md. */
const wrap = (text: string, width = 118): string =>
  text
    .split(" ")
    .reduce<string[]>((lines, word) => {
      const last = lines.at(-1);
      if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
      return lines;
    }, [])
    .join("\n");

const method = [
  `Measured by \`node --import tsx bench/lighthouse.ts\` on ${new Date().toISOString().slice(0, 10)}, with Lighthouse ${lastReport?.lighthouseVersion ?? "unknown"} in Chromium ${chromium}, headless.`,
  "The real content is built as `npm run build` builds it and served from 127.0.0.1 as a static host serves it, text compressed with Brotli.",
  "*Phone* is Lighthouse's default preset (a small screen, a slow 4G connection and a four times slower processor, simulated); *desktop* is its desktop preset.",
  `Each figure is the median of ${RUNS} runs. CLS is the cumulative layout shift, LCP the largest contentful paint, TBT the total blocking time.`,
  `Lighthouse derives the slow processor from the work it sees, so a busy machine lowers the performance scores: the load average during these runs was ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${cpus().length} cores.`,
].join(" ");

const report = `## Lighthouse

${wrap(method)}

| Page | Preset | Performance | Accessibility | Best practices | SEO | CLS | LCP | TBT |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows
  .map(({ page, preset, result }) =>
    [
      page,
      preset,
      ...CATEGORIES.map((category) => result.scores[category]),
      result.cls.toFixed(3),
      `${(result.lcpMs / 1000).toFixed(1)} s`,
      `${Math.round(result.tbtMs)} ms`,
    ].join(" | "),
  )
  .map((row) => `| ${row} |`)
  .join("\n")}

| Goal | Result |
| --- | --- |
| 100 in accessibility, best practices and SEO on every page, with both presets | ${goal(fullMarks)} |
| At least 95 in performance on every page with the phone preset | ${goal(fastOnPhones)} |
${failing.length > 0 ? `\nAudits not passed:\n\n${failing.join("\n")}\n` : ""}`;

writeFileSync(join(CODE, "bench/lighthouse.md"), report);
console.log(report);
