// npm run translations: how far each language has got, as the /translations/ page shows it: per language, the counts,
// then the translations behind their original (with the original's commits since) and the missing ones, by file.
// A report, so it always ends with 0. With GITHUB_STEP_SUMMARY set (inside GitHub Actions) the same report is
// appended to that file in Markdown, where the job's summary page shows it.
import { appendFileSync } from "node:fs";
import { buildCommunities } from "../collections/community.ts";
import { buildDate } from "../collections/dates.ts";
import {
  commitAddress,
  createAddress,
  editAddress,
  translationStatus,
  type LanguageTranslations,
  type RecordTranslation,
} from "../collections/translation-status.ts";
import { loadSiteContent } from "../content/load.ts";
import { printable } from "../content/problems.ts";
import { repositoryRoot } from "../repository.ts";
import { plural } from "../schema/format.ts";
import type { Site } from "../schema/site.ts";
import { readArguments } from "./args.ts";

readArguments({}, "npm run translations");
const root = repositoryRoot();
const { content, problems } = loadSiteContent(root);
const languages = translationStatus(buildCommunities(content, buildDate(), root));

const counts = ({ counts }: LanguageTranslations) =>
  `${counts.translated} of ${counts.records} translated, ${counts.outdated} outdated, ${counts.missing} missing`;
const languageName = ({ language }: LanguageTranslations) => `${language.name} (${language.code})`;
const changeList = ({ changes }: RecordTranslation) => changes.map(({ date, subject }) => `${date} ${subject}`).join("; ");
const inState = (status: LanguageTranslations, state: RecordTranslation["state"]) => status.records.filter((record) => record.state === state);

/** The report for a terminal: a block per language, each file on its own line. */
function terminalReport(): string {
  if (languages.length === 0) return "The site is published in English only: add a language to languages in _data/site.yaml to translate it.";
  const blocks = languages.map((status) => {
    const outdated = inState(status, "outdated");
    const missing = inState(status, "missing");
    return [
      `${languageName(status)}: ${counts(status)}`,
      ...(outdated.length > 0
        ? ["  outdated:", ...outdated.map((record) => `    ${record.file}: ${record.original} changed since: ${changeList(record)}`)]
        : []),
      ...(missing.length > 0 ? ["  missing:", ...missing.map((record) => `    ${record.file}`)] : []),
    ]
      .map(printable)
      .join("\n");
  });
  return blocks.join("\n\n");
}

/** Text that Markdown shows as written: every ASCII punctuation character escaped. */
const markdownText = (text: string) => printable(text).replace(/[!-/:-@[-`{-~]/g, "\\$&");
/** A file's path as code, in a span no backtick in it can close early. */
const markdownFile = (path: string) => {
  const fence = "`".repeat(Math.max(0, ...(path.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  return `${fence} ${printable(path)} ${fence}`;
};
/** A Markdown link whose address cannot end early: what could close <…> or start Markdown is percent-encoded. */
const markdownLink = (text: string, address: string) => `[${text}](<${address.replace(/[\s<>()[\]\\`]/g, (character) => encodeURIComponent(character))}>)`;

/** The report for GitHub's job summary: a table of counts, then each language's outdated and missing files, linked to GitHub. */
function markdownReport(site: Site): string {
  const lines = ["## Translations", ""];
  if (languages.length === 0) return [...lines, "The site is published in English only.", ""].join("\n");
  lines.push("| Language | Translated | Outdated | Missing |", "| --- | ---: | ---: | ---: |");
  for (const status of languages) {
    lines.push(
      `| ${markdownText(languageName(status))} | ${status.counts.translated} of ${status.counts.records} | ${status.counts.outdated} | ${status.counts.missing} |`,
    );
  }
  for (const status of languages) {
    const outdated = inState(status, "outdated");
    const missing = inState(status, "missing");
    if (outdated.length + missing.length === 0) continue;
    lines.push("", `### ${markdownText(languageName(status))}`);
    if (outdated.length > 0) {
      lines.push("", `**Outdated** (${outdated.length}): the original changed since the translation was written.`, "");
      for (const record of outdated) {
        const changes = record.changes
          .map((change) => `${change.date} ${markdownLink(markdownText(change.subject), commitAddress(site, change.hash))}`)
          .join("; ");
        lines.push(`- ${markdownLink(markdownFile(record.file), editAddress(site, record.file))}: ${changes}`);
      }
    }
    if (missing.length > 0) {
      lines.push("", `<details><summary>Missing (${missing.length})</summary>`, "");
      for (const record of missing) lines.push(`- ${markdownLink(markdownFile(record.file), createAddress(site, record.file))}`);
      lines.push("", "</details>");
    }
  }
  return `${lines.join("\n")}\n\n`;
}

console.log(terminalReport());
// A translation with a problem is left out of the content, so it shows as missing until the problem is fixed.
if (problems.length > 0)
  console.error(`\nnpm run check finds ${plural(problems.length, "problem")}: a translation with one counts as missing until it is fixed.`);
const summary = process.env.GITHUB_STEP_SUMMARY;
if (summary) appendFileSync(summary, markdownReport(content.site));
