// `npm run check` validates without building: readable lines for people, and annotations inside GitHub Actions.
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { after, test } from "node:test";
import { makeProject, VALID_FILES } from "./helpers/project.ts";
import { runTool } from "./helpers/cli.ts";

const broken = makeProject({ "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace("kind: workshop", "kind: seminar") });
const valid = makeProject();
after(() => [broken, valid].forEach((root) => rmSync(root, { recursive: true, force: true })));

const LINE = `content/workshops/test-workshop.md:3: kind: "seminar" is not a known kind of event (expected one of workshop, conference, training, online, meeting)`;

test("valid content passes and says how much was checked", () => {
  const result = runTool("check.ts", [], valid);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^All content is valid: 6 Markdown files and 1 installations checked in \d+\.\d\d s\.\n$/);
});

test("each problem is one line naming file, line and field, and nothing is built", () => {
  const result = runTool("check.ts", [], broken);
  assert.equal(result.status, 1);
  assert.match(result.stderr, new RegExp(`^${LINE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n\\n1 problem found in \\d+\\.\\d\\d s\\. Nothing was built\\.\\n$`));
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
  const root = makeProject({ "content/pages/faq.md": '---\ntitle: FAQ\nsummary: Questions.\n"x\\n::stop-commands::hidden\\n::error::Looks fine": 1\n---\n\nText.\n' });
  try {
    const result = runTool("check.ts", [], root, { GITHUB_ACTIONS: "true" });
    assert.equal(result.status, 1);
    const lines = result.stderr.split("\n");
    assert.deepEqual(lines.filter((line) => /^::(?!error file=content\/pages\/faq\.md,line=4,)/.test(line)), []);
    assert.ok(lines.includes("content/pages/faq.md:4: x\\n::stop-commands::hidden\\n::error::Looks fine: unknown field (expected one of title, summary, order, redirect_from, draft)"), result.stderr);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
