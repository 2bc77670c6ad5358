// npm run check: validates every content and data file without building, and lists every problem.
import { performance } from "node:perf_hooks";
import { checkFilesDeeply } from "../content/files-deeply.ts";
import { loadSiteContent } from "../content/load.ts";
import { reportProblems } from "../content/problems.ts";
import { repositoryRoot } from "../repository.ts";
import { plural } from "../schema/format.ts";

const started = performance.now();
const root = repositoryRoot();
const loaded = loadSiteContent(root);
const { content } = loaded;
const problems = [...loaded.problems, ...(await checkFilesDeeply(root, loaded))];
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length > 0) {
  reportProblems(problems);
  console.error(`\n${plural(problems.length, "problem")} found in ${seconds} s. Nothing was built.`);
  process.exit(1);
}
const files = content.pages.length + content.workshops.length + content.partners.length + content.news.length + content.projects.length;
console.log(`All content is valid: ${files} Markdown files and ${content.installations.length} installations checked in ${seconds} s.`);
