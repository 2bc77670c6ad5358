// A set of malformed and hostile files, dropped into a working site at once: the build exits non-zero, prints
// every expected problem on its own line, and leaves the previous site exactly as it was.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { makeProject } from "./helpers/project.ts";
import { build, listFiles, REPOSITORY } from "./helpers/site.ts";

const FIXTURES = join(REPOSITORY, "tests/fixtures/malformed");
const expected = readFileSync(join(FIXTURES, "expected-problems.txt"), "utf8").trim().split("\n");
const root = makeProject();
after(() => rmSync(root, { recursive: true, force: true }));

const fingerprint = (site: string) => Object.fromEntries(listFiles(site).map((file) => [file, createHash("sha256").update(readFileSync(join(site, file))).digest("hex")]));

test("the fixture set covers at least 25 malformed or hostile files", () => {
  const files = listFiles(FIXTURES).filter((file) => !["README.md", "expected-problems.txt"].includes(file));
  assert.ok(files.length + 1 >= 25, `${files.length} files and the generated 5 MB one`);
  assert.ok(expected.length >= 30);
});

test("the build refuses them all, one line each, and leaves the previous site untouched", () => {
  const site = join(root, "_site");
  const first = build(root, site);
  assert.equal(first.status, 0, first.stderr);
  const before = fingerprint(site);

  cpSync(FIXTURES, root, { recursive: true, filter: (path) => !/(README\.md|expected-problems\.txt)$/.test(path) });
  writeFileSync(join(root, "content/workshops/huge-front-matter.md"), `---\ntitle: Huge\nkind: workshop\nstart: 2018-02-19\nonline: true\nsummary: ${"x".repeat(5 * 1024 * 1024)}\n---\n`);
  const second = build(root, site);

  assert.equal(second.status, 1);
  const lines = second.stderr.trim().split("\n");
  assert.deepEqual(lines.slice(0, -2), expected);
  assert.equal(lines.at(-1), `${expected.length} content problems: the build stopped and ${site} was left as it was.`);
  assert.deepEqual(fingerprint(site), before);
  assert.deepEqual(readdirSync(root).filter((name) => name.startsWith(".site-build-")), []);
});
