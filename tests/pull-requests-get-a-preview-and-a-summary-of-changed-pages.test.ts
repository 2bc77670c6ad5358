// A pull request's check builds its site under /pr-preview/pr-<number>/, publishes it as a preview, and says
// which pages it adds, changes or removes compared with the base branch's site, with links into the preview and
// the problems npm run check found. Builds of small fixture projects stand in for the base and the head.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { parse } from "yaml";
import { compareBuilds } from "../src/review/compare-builds.ts";
import { runTool } from "./helpers/cli.ts";
import { makeRepository, removeTemporary, type RepositoryFiles } from "./helpers/repository.ts";
import { build, listFiles, readText, REPOSITORY } from "./helpers/site.ts";

const folder = mkdtempSync(join(tmpdir(), "living-atlases-compare-"));
const sites = { base: join(folder, "base"), head: join(folder, "head"), baseAgain: join(folder, "base-again") };
const PREVIEW = { SITE_URL: "https://example.github.io", SITE_BASE_PATH: "/site/pr-preview/pr-7/" };
const PREVIEW_URL = "https://example.github.io/site/pr-preview/pr-7/";

/** The fixture project at one commit of the given date, so its pages say they were last updated then. */
function committedRepository(date: string, changes: RepositoryFiles = {}): string {
  const root = makeRepository(changes);
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgsign=false", ...args], {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
      stdio: "ignore",
    });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "Content");
  return root;
}

function buildInto(site: string, root: string, environment: Record<string, string> = {}) {
  const result = build(root, site, environment);
  assert.equal(result.status, 0, result.stderr);
  removeTemporary(root);
}

before(() => {
  buildInto(sites.base, committedRepository("2024-03-01"));
  // The FAQ is reworded, the 2020 news post is withdrawn and a new one is published.
  const head = committedRepository("2025-09-15", {
    "content/pages/faq.md": "---\ntitle: FAQ\nsummary: Questions.\n---\n\n## A question\n\nA better answer.\n",
    "content/news/2020-01-01-hello.md": null,
    "content/news/2021-05-01-portal-launched.md":
      "---\ntitle: A portal is launched\ndate: 2021-05-01\nauthors: [Editor]\nsummary: Second post.\n---\n\nNews body.\n",
  });
  buildInto(sites.head, head, PREVIEW);
  buildInto(sites.baseAgain, committedRepository("2025-09-15"), PREVIEW);
});
after(() => removeTemporary(folder));

const pageFiles = (site: string) => listFiles(site).filter((file) => file.endsWith(".html"));
const summaryOf = (args: string[]) => {
  const result = runTool("compare-builds.ts", args, REPOSITORY);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
};

test("the pages a pull request adds, changes and removes are listed by address, sorted, though the two sites were built for different addresses", () => {
  assert.deepEqual(compareBuilds(sites.base, sites.head), {
    added: ["/news/2021-05-01-portal-launched/"],
    // The home page and the news page list the latest posts.
    changed: ["/", "/faq/", "/news/"],
    removed: ["/news/2020-01-01-hello/"],
    unchanged: pageFiles(sites.base).length - 4,
  });
});

test("two builds of the same content compare as unchanged, though their dates, asset hashes and addresses differ", () => {
  // Each thing set aside really differs between the two builds.
  assert.match(readText(sites.base, "faq/index.html"), /Last updated <time datetime="2024-03-01">/);
  assert.match(readText(sites.baseAgain, "faq/index.html"), /Last updated <time datetime="2025-09-15">/);
  assert.match(readText(sites.base, "news/2020-01-01-hello/index.html"), /"dateModified":"2024-03-01"/);
  assert.match(readText(sites.baseAgain, "news/2020-01-01-hello/index.html"), /"dateModified":"2025-09-15"/);
  const hashedData = (site: string) => listFiles(site).filter((file) => /^assets\/installations\.\w+\.json$/.test(file));
  assert.notDeepEqual(hashedData(sites.baseAgain), hashedData(sites.base));
  assert.match(readText(sites.baseAgain, "index.html"), /href="\/site\/pr-preview\/pr-7\/faq\/"/);

  assert.deepEqual(compareBuilds(sites.base, sites.baseAgain), { added: [], changed: [], removed: [], unchanged: pageFiles(sites.base).length });
});

test("the summary links added and changed pages into the preview, and gives the problems npm run check found", () => {
  const problems = join(folder, "problems.txt");
  writeFileSync(
    problems,
    [
      "content/pages/faq.md:2: summary: missing (expected one or two sentences)",
      "",
      "1 problem found in 0.31 s. Nothing was built.",
      "::error file=content/pages/faq.md,line=2,title=summary::missing (expected one or two sentences)",
      "",
    ].join("\n"),
  );
  const file = join(folder, "summary.md");
  const summary = summaryOf([sites.base, sites.head, "--preview-url", PREVIEW_URL, "--problems", problems, "--artifact", "site", "--markdown", file]);
  assert.equal(readFileSync(file, "utf8"), summary);
  assert.equal(
    summary,
    `## Preview of this pull request

- **Preview:** ${PREVIEW_URL} (ready a few minutes after each change you commit)
- **Built site:** the artifact \`site\`, under *Artifacts* on this check's summary page

### Problems

\`npm run check\` found these problems. The site is built, and the preview updated, once they are fixed:

\`\`\`text
content/pages/faq.md:2: summary: missing (expected one or two sentences)
1 problem found in 0.31 s. Nothing was built.
\`\`\`

### Pages

1 added, 3 changed, 1 removed; ${pageFiles(sites.base).length - 4} unchanged. Dates, content hashes in file names and the address each site was built for do not count as changes.

**Added**

- [\`/news/2021-05-01-portal-launched/\`](<${PREVIEW_URL}news/2021-05-01-portal-launched/>)

**Changed**

- [\`/\`](<${PREVIEW_URL}>)
- [\`/faq/\`](<${PREVIEW_URL}faq/>)
- [\`/news/\`](<${PREVIEW_URL}news/>)

**Removed**

- \`/news/2020-01-01-hello/\`
`,
  );
});

test("a pull request whose site could not be built gets its problems and no list of pages, and one with nothing to fix says so", () => {
  const problems = join(folder, "problems-of-unbuilt.txt");
  writeFileSync(problems, 'content/workshops/test-workshop.md:4: start: "2018-02-30" is not a real date (expected a date as YYYY-MM-DD, such as 2018-02-19)\n');
  const unbuilt = summaryOf([sites.base, join(folder, "never-built"), "--preview-url", PREVIEW_URL, "--problems", problems]);
  assert.match(unbuilt, /```text\ncontent\/workshops\/test-workshop\.md:4: start: "2018-02-30" is not a real date/);
  assert.match(
    unbuilt,
    /The pull request's site could not be built, so its pages cannot be compared yet: fix the problems above and commit the fix to this pull request\./,
  );
  assert.doesNotMatch(unbuilt, /Preview:|\*\*Added\*\*/);

  const empty = join(folder, "no-problems.txt");
  writeFileSync(empty, "");
  const clean = summaryOf([sites.base, sites.baseAgain, "--problems", empty]);
  assert.match(clean, /### Problems\n\nNone: `npm run check` found nothing to fix\./);
  assert.match(clean, /0 added, 0 changed, 0 removed;/);
  // Without a preview, the pages are named without links.
  assert.doesNotMatch(summaryOf([sites.base, sites.head]), /\]\(/);
});

type Step = { id?: string; uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string>; if?: string };
type Workflow = { on: Record<string, { types?: string[] } | null>; jobs: Record<string, { if?: string; steps: Step[] }> };
const workflow = (name: string) => parse(readFileSync(join(REPOSITORY, ".github/workflows", name), "utf8")) as Workflow;
const action = (step: Step) => step.uses?.split("@")[0];

test("the pull request workflow publishes the preview at /pr-preview/pr-<number>/, keeps one comment, and removes the preview when the pull request closes", () => {
  const flow = workflow("pull-request-preview.yml");
  assert.deepEqual(flow.on.pull_request?.types?.toSorted(), ["closed", "opened", "reopened", "synchronize"]);
  const steps = flow.jobs.preview!.steps;
  const build = steps.find((step) => step.run === "npm run build")!;
  assert.match(build.env!.SITE_BASE_PATH!, /steps\.pages\.outputs\.base_path, env\.PREVIEW_FOLDER/);
  assert.match(JSON.stringify(flow.jobs.preview), /"PREVIEW_FOLDER":"pr-preview\/pr-\$\{\{ github\.event\.number \}\}"/);

  const publish = steps.find((step) => action(step) === "rossjrw/pr-preview-action")!;
  assert.equal(publish.with!["source-dir"], "_site");
  const compare = steps.find((step) => step.run?.startsWith("npm run compare -- .base/_site _site"))!;
  const comment = steps.find((step) => action(step) === "marocchino/sticky-pull-request-comment")!;
  assert.ok(compare.run!.includes(`--markdown "$RUNNER_TEMP/summary.md"`) && compare.run!.includes(`--markdown "$GITHUB_STEP_SUMMARY"`));
  assert.equal(comment.with!.path, "${{ runner.temp }}/summary.md");
  assert.ok(comment.with!.header, "the comment has a header, so each push updates it");
  // A fork's pull request still gets the built site.
  const artifact = steps.find((step) => action(step) === "actions/upload-artifact")!;
  assert.equal(artifact.if, "steps.build.outcome == 'success'");

  const removal = flow.jobs["remove-preview"]!;
  assert.match(removal.if!, /github\.event\.action == 'closed'/);
  const remove = removal.steps.find((step) => action(step) === "rossjrw/pr-preview-action")!;
  for (const input of ["preview-branch", "umbrella-dir"]) assert.equal(remove.with![input], publish.with![input], input);
  assert.equal(remove.with!.action, "remove");
});

test("publishing main puts the previews back under /pr-preview/, so a deploy never removes them", () => {
  const publish = workflow("pull-request-preview.yml").jobs.preview!.steps.find((step) => action(step) === "rossjrw/pr-preview-action")!;
  const steps = Object.values(workflow("deploy.yml").jobs).flatMap((job) => job.steps);
  const previews = steps.findIndex((step) => action(step) === "actions/checkout" && step.with?.ref === publish.with!["preview-branch"]);
  assert.ok(previews >= 0, "the deploy checks out the previews' branch");
  // The branch holds pr-<number>/ folders at its root; the site serves them under pr-preview/.
  assert.equal(publish.with!["umbrella-dir"], ".");
  assert.equal(steps[previews]!.with!.path, "_site/pr-preview");
  assert.ok(previews > steps.findIndex((step) => step.run === "npm run build"), "after the build, which replaces _site/");
  assert.ok(previews < steps.findIndex((step) => action(step) === "actions/upload-pages-artifact"), "before the upload");
});

test("search engines are kept out of the previews, which only repeat the site with a pull request's changes", () => {
  assert.match(readText(sites.base, "robots.txt"), /^User-agent: \*\nAllow: \/\nDisallow: \/pr-preview\/\n/);
});

test("only a pull request that changes nothing but content, data and assets is published on the site's address before review", () => {
  const steps = workflow("pull-request-preview.yml").jobs.preview!.steps;
  const guard = steps.findIndex((step) => step.run?.includes("PUBLISHES=false"));
  assert.ok(guard >= 0, "a step turns publishing off");
  assert.match(steps[guard]!.run!, /grep -qvE '\^\(content\|_data\|assets\)\/'/);
  const publishing = steps.findIndex((step) => action(step) === "rossjrw/pr-preview-action");
  assert.ok(guard < publishing && guard < steps.findIndex((step) => step.id === "pages"), "before the preview is built and published");
});
