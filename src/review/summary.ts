// What a pull request gets in its comment and on its check's summary page, in Markdown: where to see the change,
// which pages it adds, changes or removes, and the problems to fix first. Lists keep their order and are capped,
// so a change to every page still fits in one comment.
import type { PageChanges } from "./compare-builds.ts";

export interface Review {
  /** The pages compared, or which of the two sites could not be built. */
  pages: PageChanges | { notBuilt: "head" | "base" };
  /** What `npm run check` reported, one line each; none when it passed. */
  problems: string[];
  /** Where the pull request's site is published, when it is. */
  previewUrl?: string | undefined;
  /** The name of the artifact that holds the built site, when there is one. */
  artifact?: string | undefined;
}

const SUMMARY_TITLE = "Preview of this pull request";
const LISTED_PAGES = 100;
const LISTED_PROBLEM_LINES = 50;

/** The problem lines of `npm run check`'s error output, without the workflow commands that make annotations. */
export function problemLines(output: string): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line !== "" && !line.startsWith("::"));
}

export function summaryMarkdown(review: Review): string {
  const built = !("notBuilt" in review.pages && review.pages.notBuilt === "head");
  return (
    [`## ${SUMMARY_TITLE}`, ...(built ? whereToSee(review) : []), "### Problems", ...problemSection(review.problems), "### Pages", ...pageSection(review)].join(
      "\n\n",
    ) + "\n"
  );
}

function whereToSee({ previewUrl, artifact }: Review): string[] {
  const lines = [
    ...(previewUrl ? [`- **Preview:** ${previewUrl} (ready a few minutes after each change you commit)`] : []),
    ...(artifact ? [`- **Built site:** the artifact ${code(artifact)}, under *Artifacts* on this check's summary page`] : []),
  ];
  return lines.length > 0 ? [lines.join("\n")] : [];
}

function problemSection(lines: readonly string[]): string[] {
  if (lines.length === 0) return ["None: `npm run check` found nothing to fix."];
  return [
    "`npm run check` found these problems. The site is built, and the preview updated, once they are fixed:",
    codeBlock(
      [
        ...lines.slice(0, LISTED_PROBLEM_LINES),
        ...(lines.length > LISTED_PROBLEM_LINES ? [`… and ${lines.length - LISTED_PROBLEM_LINES} more lines`] : []),
      ].join("\n"),
    ),
  ];
}

function pageSection({ pages, problems, previewUrl }: Review): string[] {
  if ("notBuilt" in pages) {
    if (pages.notBuilt === "base") return ["The base branch's site could not be built, so the pages cannot be compared with it."];
    return [
      `The pull request's site could not be built, so its pages cannot be compared yet: ${problems.length > 0 ? "fix the problems above and commit the fix to this pull request" : "the log of this check says why"}.`,
    ];
  }
  const { added, changed, removed, unchanged } = pages;
  const counts = `${added.length} added, ${changed.length} changed, ${removed.length} removed; ${unchanged} unchanged.`;
  const ignored = "Dates, content hashes in file names and the address each site was built for do not count as changes.";
  return [
    `${counts} ${ignored}`,
    ...pageList("Added", added, previewUrl),
    ...pageList("Changed", changed, previewUrl),
    // A removed page is not in the preview, so it has no link.
    ...pageList("Removed", removed, undefined),
  ];
}

function pageList(heading: string, addresses: readonly string[], previewUrl: string | undefined): string[] {
  if (addresses.length === 0) return [];
  const items = addresses
    .slice(0, LISTED_PAGES)
    .map((address) => `- ${previewUrl ? `[${code(address)}](<${inPreview(address, previewUrl)}>)` : code(address)}`);
  if (addresses.length > LISTED_PAGES) items.push(`- … and ${addresses.length - LISTED_PAGES} more`);
  return [`**${heading}**`, items.join("\n")];
}

/** The page's address in the preview, each part percent-encoded so the link stays one Markdown link. */
function inPreview(address: string, previewUrl: string): string {
  const path = address.slice(1).split("/").map(encodeURIComponent).join("/");
  return new URL(path, previewUrl.endsWith("/") ? previewUrl : `${previewUrl}/`).href;
}

/** An inline code span that no backtick in the text can close early (CommonMark: a longer run of backticks). */
function code(text: string): string {
  const fence = "`".repeat(longestBacktickRun(text) + 1);
  const padding = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${padding}${text}${padding}${fence}`;
}

/** A fenced block that no line of the text can close early. */
function codeBlock(text: string): string {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}text\n${text}\n${fence}`;
}

const longestBacktickRun = (text: string) => Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
