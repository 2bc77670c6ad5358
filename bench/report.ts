// BENCHMARKS.md, written from bench/results.json: the goals, then each part's method and figures with the date, code,
// machine and load it was measured on, then the hand-written sections kept in bench/*.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EDITED_BETWEEN_RUNS } from "./edits.ts";
import { median } from "./processes.ts";
import { GOALS, verdict, type Measured, type Results, type SaveToPageResult } from "./results.ts";

const HERE = import.meta.dirname;
const hand = (file: string) => readFileSync(join(HERE, file), "utf8").trim();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const seconds = (value: number) => `${value.toFixed(2)} s`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const list = (values: number[], format: (value: number) => string) => values.map(format).join(", ");
const loadText = (measured: Measured) =>
  measured.load ? `load average ${measured.load[0].toFixed(1)} at the start, ${measured.load[1].toFixed(1)} at the end` : "load average not recorded";
/** How many timed runs began on a quiet machine: the rest began after waiting 30 s in vain. */
const quietText = ({ quiet }: Measured) =>
  quiet && quiet.starts > 0
    ? `; ${quiet.starts - quiet.busyStarts} of ${quiet.starts} timed runs began after a second under 20 % busy (${quiet.waitedSeconds.toFixed(0)} s of waiting)`
    : "";

/** The line under each section's heading: when, on what code, and how busy the machine was. */
function stamp(measured: Measured, machine: string): string {
  const elsewhere = measured.machine === machine ? "" : ` on ${measured.machine}`;
  return `*Measured on ${measured.date}${elsewhere}, code ${measured.code}; ${loadText(measured)}${quietText(measured)}.*`;
}

/** Each part's measure against its goal, with the part's date. */
function goals(results: Results): string[] {
  const rows: string[] = [];
  const row = (goal: { what: string; limit: string }, result: string, measured: Measured | undefined) =>
    rows.push(`| ${goal.what} | ${goal.limit} | ${result} | ${measured ? measured.date : ""} |`);
  const at5000 = results.synthetic["5000"];
  const at10000 = results.synthetic["10000"];
  const real = results.real;
  const realRatio = real && median(real.ours.seconds) / median(real.baseline.seconds);
  const syntheticRatio = at5000 && at5000.ours.seconds / at5000.baseline.seconds;
  const checkTime = results.check && median(results.check.terminal);
  const previewReal = results.preview?.real && median(results.preview.real.saveToPage);
  const previewSynthetic = results.preview?.synthetic && median(results.preview.synthetic.saveToPage);
  row(GOALS.real, realRatio ? `${realRatio.toFixed(2)}×: ${verdict(GOALS.real.met(realRatio))}` : "not measured", real?.measured);
  row(GOALS.check, checkTime ? `${seconds(checkTime)}: ${verdict(GOALS.check.met(checkTime))}` : "not measured", results.check?.measured);
  row(GOALS.previewReal, previewReal ? `${ms(previewReal)}: ${verdict(GOALS.previewReal.met(previewReal))}` : "not measured", results.preview?.real?.measured);
  row(
    GOALS.previewSynthetic,
    previewSynthetic ? `${ms(previewSynthetic)}: ${verdict(GOALS.previewSynthetic.met(previewSynthetic))}` : "not measured",
    results.preview?.synthetic?.measured,
  );
  row(GOALS.synthetic, syntheticRatio ? `${syntheticRatio.toFixed(2)}×: ${verdict(GOALS.synthetic.met(syntheticRatio))}` : "not measured", at5000?.measured);
  row(
    GOALS.memory,
    at10000
      ? `${at10000.ours.peakMegabytes.toFixed(0)} MB (Node: ${at10000.ours.nodeMegabytes.toFixed(0)} MB): ${verdict(GOALS.memory.met(at10000.ours.peakMegabytes))}`
      : "not measured",
    at10000?.measured,
  );
  return ["| Goal | Limit | Result | Measured on |", "| --- | --- | --- | --- |", ...rows];
}

function synthetic(results: Results): string {
  const sizes = Object.values(results.synthetic).sort((a, b) => a.pages - b.pages);
  if (sizes.length === 0) return "Not measured yet: `npm run bench -- --only synthetic`.";
  const runs = [...new Set(sizes.map((size) => size.runs))].join(" or ");
  return `For each size, \`bench/synthetic.ts\` writes a site of that many content pages (about 40 % workshops,
35 % news posts, 25 % partners; about 300 words each). Each workshop has three materials: its own file (a hard
link to one of three real workshop files, a PDF or a PowerPoint file of 90–270 KB) and two links to slides
elsewhere. The same Markdown is built (a) by this generator, \`npm run build -- --full\`'s compiled build in one Node process,
every page rendered (the runs change nothing a build could go on from the last one for), including the Pagefind
index of pages and materials, and (b) by bare Eleventy 3.1.7 with one minimal Nunjucks layout
(\`bench/baseline/\`), followed by the Pagefind CLI. After one warm-up of each, the two alternate, ${runs} runs each.
The table gives the median wall time (and, in the ratio column, the ratio of processor times where recorded) and the highest peak memory, both of Node and of the largest single process of
the build (at scale, Pagefind's indexer). Pages per second counts the HTML pages each generator wrote.
"Fetched for one query" is what Chromium downloads from \`/pagefind/\` to search for "workshop" and show ten results.

| Pages | Generator | Wall time (median) | Pages per second | Peak memory: Node | Peak memory: largest process | Ratio to baseline | Search index | Fetched for one query | Output per page | Measured |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${sizes
  .flatMap((size) => [
    `| ${size.pages.toLocaleString("en")} | this site | ${seconds(size.ours.seconds)} | ${size.ours.pagesPerSecond.toFixed(0)} | ${size.ours.nodeMegabytes.toFixed(0)} MB | ${size.ours.peakMegabytes.toFixed(0)} MB | ${(size.ours.seconds / size.baseline.seconds).toFixed(2)}×${size.ours.cpuSeconds && size.baseline.cpuSeconds ? ` (processor time ${(size.ours.cpuSeconds / size.baseline.cpuSeconds).toFixed(2)}×)` : ""} | ${kb(size.indexBytes)} | ${kb(size.queryBytes)} | ${kb(size.bytesPerPage)} | ${size.measured.date}, ${size.measured.code} |`,
    `| | bare Eleventy + Pagefind CLI | ${seconds(size.baseline.seconds)} | ${size.baseline.pagesPerSecond.toFixed(0)} | ${size.baseline.nodeMegabytes.toFixed(0)} MB | ${size.baseline.peakMegabytes.toFixed(0)} MB | 1.00× | ${kb(size.baselineIndexBytes)} | | ${kb(size.baselineBytesPerPage)} | ${loadText(size.measured)}${quietText(size.measured)} |`,
  ])
  .join("\n")}`;
}

function real(results: Results, machine: string): string {
  const real = results.real;
  if (!real) return "Not measured yet: `npm run bench -- --only real`.";
  const ours = median(real.ours.seconds);
  const baseline = median(real.baseline.seconds);
  return `${stamp(real.measured, machine)}

\`npm run build -- --output <folder>\` is started from the terminal's point of view: a new \`npm\` process in a copy of the
repository (its code, content, data, assets and git history, node_modules linked), so the time includes npm, Node,
loading the code and writing every language's pages, feeds, calendars and search index. The baseline is bare
Eleventy 3.1.7 with one minimal layout over the same ${real.markdownFiles} Markdown files (\`content/**/*.md\`, translations
such as \`*.es.md\` included, one page each), started as \`node …/eleventy/cmd.cjs\`, then the Pagefind CLI. One warm-up
of each fills the material-text cache, what the build keeps in \`.cache/\` (the Markdown readings, \`src/content/kept.ts\`;
each language's search index, \`src/search/kept-indexes.ts\`; the bundled styles and scripts) and the OS file cache; then
the two alternate, ${real.ours.seconds.length} runs each, each run started once the machine has been quiet for a second (or after 30 s of
waiting). Before each pair of runs one Markdown file (\`${EDITED_BETWEEN_RUNS}\`) is saved with its text changed, as an
editor saves one between two builds, so each build reads that file again, renders again only the pages that show
it, going on from the last build into the same folder (\`src/eleventy/last-build.ts\`), and builds the English index again.

| | \`npm run build\` | Bare Eleventy + Pagefind CLI |
| --- | ---: | ---: |
| Each run | ${list(real.ours.seconds, (value) => value.toFixed(2))} s | ${list(real.baseline.seconds, (value) => value.toFixed(2))} s |
| Median | **${seconds(ours)}** | **${seconds(baseline)}** |
| Ratio of the medians | **${(ours / baseline).toFixed(2)}×** (goal ${GOALS.real.limit}: ${verdict(GOALS.real.met(ours / baseline))}) | 1.00× |
${
  real.ours.cpuSeconds && real.baseline.cpuSeconds
    ? `| Processor time, user and system, of all its processes, median | ${seconds(median(real.ours.cpuSeconds))} | ${seconds(median(real.baseline.cpuSeconds))} |
| Ratio of the processor times (the work done, much less moved by other work on the machine) | ${(median(real.ours.cpuSeconds) / median(real.baseline.cpuSeconds)).toFixed(2)}× | 1.00× |
`
    : ""
}| The build's own clock (from loading Eleventy to the output in place), median | ${seconds(median(real.ours.ownClock))} | |
| Peak memory, largest process | ${real.ours.peakMegabytes.toFixed(0)} MB | ${real.baseline.peakMegabytes.toFixed(0)} MB |
| HTML pages written | ${real.ours.html} | ${real.baseline.html} |
| First build in the fresh copy (the warm-up: every material file's text read, then cached by content hash) | ${seconds(real.firstBuild)} | |`;
}

function check(results: Results, machine: string): string {
  const check = results.check;
  if (!check) return "Not measured yet: `npm run bench -- --only check`.";
  const terminal = median(check.terminal);
  return `${stamp(check.measured, machine)}

\`npm run check\` in the same copy of the repository, timed from starting npm to its exit, after one run that compiles
the tool for this version of the code (\`src/bundles.mjs\`), which editors pay once, not on every check. Before each
timed run one Markdown file (\`${EDITED_BETWEEN_RUNS}\`) is saved with its text changed, as an editor saves one
between two checks: the check reads that file again, and takes the other files' readings, kept by the last run in
\`.cache/\` (\`src/content/kept.ts\`).

| Measure | Result | Goal |
| --- | ---: | --- |
| From the terminal (npm, Node, loading the code and checking), median of ${check.terminal.length} | **${seconds(terminal)}** | ${GOALS.check.limit}: ${verdict(GOALS.check.met(terminal))} |
| Each run | ${list(check.terminal, (value) => value.toFixed(2))} s | |
| By the check's own clock (reading and checking every file), median | ${seconds(median(check.ownClock))} | |`;
}

function preview(results: Results, machine: string): string {
  const parts = [
    { name: "The real content", result: results.preview?.real, goal: GOALS.previewReal },
    { name: "A synthetic site of 5,000 pages", result: results.preview?.synthetic, goal: GOALS.previewSynthetic },
  ].filter((part): part is { name: string; result: SaveToPageResult; goal: typeof GOALS.previewReal } => part.result !== undefined);
  if (parts.length === 0) return "Not measured yet: `npm run bench -- --only preview`.";
  return `\`npm start\` (Eleventy's \`--serve\`) runs from the copy of the repository on the content the project's
\`LIVING_ATLASES_ROOT\` names, with the output folder beside it. Once it serves and has gone quiet, a word is appended
to one Markdown file, and the time is taken until the page's file in the output folder contains the word (its
metadata checked every 2 ms, its text read when it changes). Each save waits for the previous rebuild to end and for
the machine to be quiet, so that whatever the preview does after a rebuild is over too. The time includes the file
watcher's settling time (\`setChokidarConfig\` in .eleventy.ts). A save of the text alone is put into the last
build (src/preview/text-edits.ts); the last two columns add the word to the file's title instead, which lists show
too, so that the site is loaded, checked and derived again, and every page it changes rendered.

| Site | Markdown file saved → page file | A word added to the text: save → page rewritten (median) | Goal | Each save | Eleventy's own rebuild time (median) | Files Eleventy wrote per rebuild | A word added to the title: save → page rewritten (median; each) | Files written per rebuild |
| --- | --- | ---: | --- | --- | ---: | ---: | ---: | ---: |
${parts
  .map(
    ({ name, result, goal }) =>
      `| ${name} (${result.pages.toLocaleString("en")} Markdown files) | \`${result.file}\` → \`${result.page}\` | **${ms(median(result.saveToPage))}** | ${goal.limit}: ${verdict(goal.met(median(result.saveToPage)))} | ${list(result.saveToPage, (value) => value.toFixed(0))} ms | ${result.eleventy.length ? ms(median(result.eleventy)) : "not printed"} | ${result.filesWritten?.length ? median(result.filesWritten).toLocaleString("en") : ""} | ${result.fieldSaveToPage?.length ? `${ms(median(result.fieldSaveToPage))} (${list(result.fieldSaveToPage, (value) => value.toFixed(0))} ms)` : "not measured"} | ${result.fieldFilesWritten?.length ? median(result.fieldFilesWritten).toLocaleString("en") : ""} |`,
  )
  .join("\n")}

${parts.map(({ name, result }) => `- ${name}: ${stamp(result.measured, machine)}`).join("\n")}`;
}

function startup(results: Results, machine: string): string {
  const startup = results.startup;
  if (!startup) return "Not measured yet: `npm run bench -- --only startup`.";
  const firstPage = median(startup.runs.map((run) => run.firstPage));
  return `${stamp(startup.measured, machine)}

A fresh \`git clone\` of the repository (with the working tree's uncommitted changes laid over it, so that it runs the
code the other parts measure), node_modules ${startup.nodeModules}, no \`.cache\` and no \`_site\`, and a temporary
folder of its own so that tsx has compiled nothing either. Timed from starting \`npm start\` until \`GET /\` answers 200
with the home page. No goal is set.

| Measure | Median of ${startup.runs.length} | Each run |
| --- | ---: | --- |
| Eleventy prints "Server at" | ${seconds(median(startup.runs.map((run) => run.serverAt)))} | ${list(
    startup.runs.map((run) => run.serverAt),
    (value) => value.toFixed(2),
  )} s |
| \`GET /\` answers with the home page | **${seconds(firstPage)}** | ${list(
    startup.runs.map((run) => run.firstPage),
    (value) => value.toFixed(2),
  )} s |`;
}

/** The whole of BENCHMARKS.md; `machine` is this run's, against which the figures kept from other runs are told apart. */
export function report(results: Results, machine: string): string {
  const dates = [
    ...Object.values(results.synthetic).map((size) => size.measured.date),
    ...[results.real, results.check, results.preview?.real, results.preview?.synthetic, results.startup].flatMap((part) => (part ? [part.measured.date] : [])),
  ].sort();
  return `# Benchmarks

Measured by \`npm run bench\` (\`bench/run.ts\`), from ${dates[0]} to ${dates.at(-1)}; each section says when and on which code.
\`npm run bench -- --only real,check,preview,startup\` measures some parts, \`--sizes 1000,5000\` chooses the synthetic
sites; the parts not run keep their figures from earlier runs (\`bench/results.json\`), and \`--report-only\` rewrites
this file from them without measuring. Not part of \`npm test\`.

**Machine:** ${machine}.

It is shared with other work: each timed run starts once the machine has been under 20 % busy for a
second (or after 30 s of waiting), and each part gives the 1-minute load average around it. Compare figures measured in
one run, and read the ratios, which alternate the two generators, before the times.

## Goals

${goals(results).join("\n")}

## The real content: \`npm run build\` against the bare baseline

${real(results, machine)}

## \`npm run check\` from the terminal

${check(results, machine)}

## \`npm start\`: from a save to the page rewritten

${preview(results, machine)}

## \`npm start\` from a fresh clone: time to the first page

${startup(results, machine)}

## Synthetic sites

${synthetic(results)}

${hand("lighthouse.md")}

${hand("what-each-change-bought.md")}

${hand("findings.md")}
`;
}
