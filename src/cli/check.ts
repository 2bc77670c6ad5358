// npm run check [-- --strict]: validates every content and data file without building, and lists every problem.
// A translation whose original changed since it was written is a warning, which --strict makes a problem.
import { performance } from "node:perf_hooks";
import { readMarkdown } from "../content/documents.ts";
import { checkFilesDeeply } from "../content/files-deeply.ts";
import { loadSiteContent, type SiteContent } from "../content/load.ts";
import type { Translation } from "../content/translations.ts";
import { formatProblem, reportProblems, sortProblems, type Problem } from "../content/problems.ts";
import { repositoryRoot } from "../repository.ts";
import { plural } from "../schema/format.ts";
import { SOURCE_COMMIT } from "../schema/translation.ts";
import { readArguments } from "./args.ts";

/** The newest changes a message lists by name; the rest are counted. */
const LISTED_CHANGES = 3;

/**
 * An outdated translation as `npm run check` reports it, on its source_commit line: a warning, or with --strict a
 * problem. The original's last commit is the one to record once its changes are translated.
 */
function outdatedProblem(translation: Pick<Translation, "source" | "original" | "changes">, line: number): Problem {
  const { source, original, changes } = translation;
  const listed = changes.slice(0, LISTED_CHANGES).map(({ date, subject }) => `${date} "${subject}"`);
  if (changes.length > LISTED_CHANGES) listed.push(`and ${changes.length - LISTED_CHANGES} more`);
  const commits = changes.length === 1 ? "1 commit" : `${changes.length} commits`;
  return {
    file: source,
    line,
    field: SOURCE_COMMIT,
    message: `is behind ${original}, which changed since in ${commits}: ${listed.join(", ")} (expected those changes translated, then ${SOURCE_COMMIT}: ${changes[0]?.hash ?? ""}, the original's last commit)`,
  };
}

/** Each translation behind its original, on its source_commit line. */
function outdatedTranslations(root: string, { translations }: SiteContent): Problem[] {
  return translations
    .filter(({ state }) => state === "outdated")
    .map((translation) => outdatedProblem(translation, readMarkdown(root, translation.source, [])?.yaml.lineOf([SOURCE_COMMIT]) ?? 1));
}

/**
 * The check, in a function rather than at the top of the module: src/cli/launch.mjs runs it compiled as a script,
 * which V8 keeps compiled between runs, and a script has no top-level await. A failure it throws ends the process
 * as an uncaught error does, with its stack and status 1.
 */
async function check(): Promise<void> {
  const { values } = readArguments({ strict: { type: "boolean" } }, "npm run check [-- --strict]");
  const started = performance.now();
  const root = repositoryRoot();
  const loaded = loadSiteContent(root);
  const { content } = loaded;
  const outdated = outdatedTranslations(root, content);
  const problems = [...loaded.problems, ...(await checkFilesDeeply(root, loaded)), ...(values.strict ? outdated : [])];
  const seconds = ((performance.now() - started) / 1000).toFixed(2);

  // Warnings go to standard output: the pull request's summary reads standard error as the problems to fix.
  if (outdated.length > 0 && !values.strict) {
    console.log(`Warnings: ${plural(outdated.length, "translation is", "translations are")} behind the original (npm run check -- --strict refuses them):`);
    for (const warning of sortProblems(outdated)) console.log(formatProblem(warning));
    console.log("");
  }
  if (problems.length > 0) {
    reportProblems(problems);
    console.error(`\n${plural(problems.length, "problem")} found in ${seconds} s. Nothing was built.`);
    process.exit(1);
  }
  const files = content.pages.length + content.workshops.length + content.partners.length + content.news.length + content.projects.length;
  console.log(`All content is valid: ${files} Markdown files and ${content.installations.length} installations checked in ${seconds} s.`);
}

void check();
