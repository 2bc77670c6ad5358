// npm run compare -- <base site> <head site> [--preview-url <url>] [--problems <file>] [--artifact <name>] [--markdown <file>]…
// What a pull request changes on the site, in Markdown for its comment and its check's summary: the pages the head
// build adds, changes or removes compared with the base build, linked into the preview, and the problems that
// `npm run check` wrote to the --problems file. A site folder without index.html counts as not built.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { compareBuilds } from "../review/compare-builds.ts";
import { problemLines, summaryMarkdown, type Review } from "../review/summary.ts";
import { readArguments } from "./args.ts";

const usage = "npm run compare -- <base site> <head site> [--preview-url <url>] [--problems <file>] [--artifact <name>] [--markdown <file>]…";
const { values, positionals } = readArguments(
  {
    "preview-url": { type: "string" },
    problems: { type: "string" },
    artifact: { type: "string" },
    markdown: { type: "string", multiple: true },
  },
  usage,
);
if (positionals.length !== 2) {
  console.error(`Give the two built sites to compare, the base first.\nusage: ${usage}`);
  process.exit(2);
}
const [base, head] = positionals.map((folder) => resolve(folder)) as [string, string];

let problemOutput = "";
if (values.problems) {
  try {
    problemOutput = readFileSync(values.problems, "utf8");
  } catch (error) {
    console.error(
      `--problems ${values.problems}: cannot be read: ${(error as NodeJS.ErrnoException).code ?? "error"} (expected the file npm run check's errors were written to)`,
    );
    process.exit(2);
  }
}

const built = (site: string) => existsSync(join(site, "index.html"));
const review: Review = {
  pages: !built(head) ? { notBuilt: "head" } : !built(base) ? { notBuilt: "base" } : compareBuilds(base, head),
  problems: problemLines(problemOutput),
  // An empty address (the workflow's, for a pull request that publishes no preview) means no preview.
  previewUrl: values["preview-url"] || undefined,
  artifact: values.artifact || undefined,
};
const markdown = summaryMarkdown(review);
for (const file of values.markdown ?? []) writeFileSync(file, markdown);
process.stdout.write(markdown);
