// `npm run check` validates without building: readable lines for people, and annotations inside GitHub Actions.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { REPOSITORY } from "./helpers/site.ts";
import { runLaunched, runTool } from "./helpers/cli.ts";

const broken = makeRepository({
  "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace("kind: workshop", "kind: seminar"),
});
const valid = makeRepository();
after(() => [broken, valid].forEach((root) => removeTemporary(root)));

const LINE = `content/workshops/test-workshop.md:3: kind: "seminar" is not a known kind of event (expected one of workshop, conference, training, online, meeting)`;

test("valid content passes and says how much was checked", () => {
  const result = runLaunched("check", [], valid);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^All content is valid: 6 Markdown files and 1 installations checked in \d+\.\d\d s\.\n$/);
});

test("each problem is one line naming file, line and field, and nothing is built", () => {
  const result = runLaunched("check", [], broken);
  assert.equal(result.status, 1);
  assert.match(
    result.stderr,
    new RegExp(`^${LINE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n\\n1 problem found in \\d+\\.\\d\\d s\\. Nothing was built\\.\\n$`),
  );
});

test("npm run check runs a bundle compiled once per version of the code, and compiled again when the code changes", () => {
  // A copy of the code, so that changing its version races no other test running the project's own tools meanwhile.
  const code = mkdtempSync(join(tmpdir(), "living-atlases-code-"));
  try {
    for (const path of ["src", "package.json", "package-lock.json", "tsconfig.json"]) cpSync(join(REPOSITORY, path), join(code, path), { recursive: true });
    symlinkSync(join(REPOSITORY, "node_modules"), join(code, "node_modules"));
    const check = (root: string) => runLaunched("check", [], root, {}, code);
    const bundles = join(code, ".cache/bundles");
    const checkBundles = () => readdirSync(bundles).filter((name) => /^check-[0-9a-f]{16}\.mjs$/.test(name));
    assert.equal(check(valid).status, 0);
    const [first, ...others] = checkBundles();
    assert.ok(first, "a bundle is written");
    assert.deepEqual(others, []);
    // esbuild names each source file in a comment, .tsx files included; what must not be there is an import of tsx itself.
    assert.doesNotMatch(readFileSync(join(bundles, first), "utf8"), /(from\s*|import\s*\(?\s*)["']tsx(\/[^"']*)?["']/, "the bundle does not go through tsx");
    assert.equal(check(valid).status, 0);
    assert.deepEqual(checkBundles(), [first], "an unchanged code runs the same bundle");
    // A source file saved again is a new version of the code, whatever changed in it.
    const source = join(code, "src/schema/placeholders.ts");
    const { atime, mtime } = statSync(source);
    utimesSync(source, atime, new Date(mtime.getTime() + 1000));
    assert.equal(check(broken).status, 1);
    const [second, ...more] = checkBundles();
    assert.ok(second && second !== first, "the bundle is compiled again");
    assert.deepEqual(more, [], "the previous bundle is removed");
  } finally {
    removeTemporary(code);
  }
});

test("a material judged in an earlier run is judged again once it changes", () => {
  const material = "assets/materials/test-workshop/handout.html";
  const link = `  - title: Handout\n    url: /${material}\n    kind: notes\n---`;
  const root = makeRepository({
    "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace(/\n---\n\nBody/, `\n${link}\n\nBody`),
    [material]: "<!doctype html><title>Handout</title><p>Read this.</p>",
  });
  try {
    assert.equal(runLaunched("check", [], root).status, 0);
    assert.match(readFileSync(join(root, ".cache/file-checks.json"), "utf8"), /handout\.html/);
    // Nested deeper than the cleaner accepts: the kept verdict for the old file must not hide it.
    writeFileSync(join(root, material), `<!doctype html><title>Handout</title>${"<div>".repeat(600)}`);
    const result = runLaunched("check", [], root);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^assets\/materials\/test-workshop\/handout\.html:1: file: is nested \d+ elements deep/m);
  } finally {
    removeTemporary(root);
  }
});

test("an unknown tool is refused with what the launcher expects", () => {
  const result = runLaunched("../check", [], valid);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /^"\.\.\/check" is not one of the tools in src\/cli\/ \(expected a name such as check\)\.\n$/);
});

test("inside GitHub Actions each problem is also a workflow annotation on its line", () => {
  const result = runTool("check.ts", [], broken, { GITHUB_ACTIONS: "true" });
  assert.equal(result.status, 1);
  assert.ok(
    result.stderr.includes(
      `::error file=content/workshops/test-workshop.md,line=3,title=kind::"seminar" is not a known kind of event (expected one of workshop, conference, training, online, meeting)\n`,
    ),
    result.stderr,
  );
});

test("a file name or field name cannot start a line of its own, where Actions would read a workflow command", () => {
  const root = makeRepository({
    "content/pages/faq.md": '---\ntitle: FAQ\nsummary: Questions.\n"x\\n::stop-commands::hidden\\n::error::Looks fine": 1\n---\n\nText.\n',
  });
  try {
    const result = runTool("check.ts", [], root, { GITHUB_ACTIONS: "true" });
    assert.equal(result.status, 1);
    const lines = result.stderr.split("\n");
    assert.deepEqual(
      lines.filter((line) => /^::(?!error file=content\/pages\/faq\.md,line=4,)/.test(line)),
      [],
    );
    assert.ok(
      lines.includes(
        "content/pages/faq.md:4: x\\n::stop-commands::hidden\\n::error::Looks fine: unknown field (expected one of title, summary, order, redirect_from, draft)",
      ),
      result.stderr,
    );
  } finally {
    removeTemporary(root);
  }
});
