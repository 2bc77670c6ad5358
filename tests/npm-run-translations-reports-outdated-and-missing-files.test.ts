// `npm run translations` prints, per language, the counts and then the outdated and missing translations by file;
// inside GitHub Actions it appends the same report in Markdown to the job's summary. A report: it always exits 0.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { runTool } from "./helpers/cli.ts";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { CHANGE, translatedRepository, type TranslatedRepository } from "./helpers/translated-repository.ts";

let repository: TranslatedRepository;
const folder = mkdtempSync(join(tmpdir(), "living-atlases-step-summary-"));
before(() => (repository = translatedRepository()));
after(() => [repository?.root, folder].forEach((path) => removeTemporary(path)));

/** Inside GitHub Actions the tests themselves run with GITHUB_STEP_SUMMARY set: the tool must not write into the real summary. */
const OUTSIDE_ACTIONS = { GITHUB_STEP_SUMMARY: "" };

const MISSING = (code: string) =>
  [
    "content/pages/apply",
    "content/pages/faq",
    "content/workshops/test-workshop",
    "content/workshops/zz-online-2019",
    "content/partners/gbif-spain",
    "content/news/2020-01-01-hello",
    "content/projects/test-project",
  ].map((file) => `    ${file}.${code}.md`);

test("prints each language's counts, then its outdated translations with the original's commits since, then its missing files", () => {
  const result = runTool("translations.ts", [], repository.root, OUTSIDE_ACTIONS);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(
    result.stdout,
    [
      "Español (es): 1 of 8 translated, 1 outdated, 7 missing",
      "  outdated:",
      `    content/about.es.md: content/about.md changed since: ${CHANGE.date} ${CHANGE.subject}`,
      "  missing:",
      ...MISSING("es"),
      "",
      "Français (fr): 1 of 8 translated, 0 outdated, 7 missing",
      "  missing:",
      "    content/about.fr.md",
      ...MISSING("fr").filter((line) => !line.includes("/faq.")),
      "",
    ].join("\n"),
  );
  assert.equal(result.stderr, "");
});

test("appends a Markdown report to GITHUB_STEP_SUMMARY, linking each file to GitHub, after what the summary already holds", () => {
  const summary = join(folder, "summary.md");
  writeFileSync(summary, "## An earlier step\n\n");
  const result = runTool("translations.ts", [], repository.root, { GITHUB_STEP_SUMMARY: summary });
  assert.equal(result.status, 0, result.stderr);
  const markdown = readFileSync(summary, "utf8");
  assert.ok(markdown.startsWith("## An earlier step\n\n## Translations\n"), markdown);
  assert.ok(markdown.includes("| Español \\(es\\) | 1 of 8 | 1 | 7 |\n| Français \\(fr\\) | 1 of 8 | 0 | 7 |\n"), markdown);
  assert.ok(
    markdown.includes(
      `- [\` content/about.es.md \`](<https://github.com/example/site/edit/main/content/about.es.md>): ${CHANGE.date} [Say that we train people](<https://github.com/example/site/commit/${repository.change}>)\n`,
    ),
    markdown,
  );
  assert.ok(
    markdown.includes(
      "<details><summary>Missing (7)</summary>\n\n- [` content/pages/apply.es.md `](<https://github.com/example/site/new/main/content/pages?filename=apply.es.md>)\n",
    ),
    markdown,
  );
  assert.doesNotMatch(markdown, /faq\.fr\.md/, "a current translation is not listed");
});

test("still reports, and exits 0, when a translation has a problem: it counts as missing, and a note says to run the check", () => {
  const root = makeRepository({
    "_data/site.yaml": readFileSync(join(repository.root, "_data/site.yaml"), "utf8"),
    "content/about.es.md": "---\nsource_commit: not-a-commit\ntitle: Acerca de\nsummary: Quiénes somos.\n---\n\nHacemos portales.\n",
  });
  try {
    const result = runTool("translations.ts", [], root, OUTSIDE_ACTIONS);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.startsWith("Español (es): 0 of 6 translated, 0 outdated, 6 missing\n  missing:\n    content/about.es.md\n"), result.stdout);
    assert.equal(result.stderr, "\nnpm run check finds 1 problem: a translation with one counts as missing until it is fixed.\n");
  } finally {
    removeTemporary(root);
  }
});
