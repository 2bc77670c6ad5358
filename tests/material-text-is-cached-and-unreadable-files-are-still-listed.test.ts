// Reading text out of workshop files is the slow part of a build: it is cached by content hash, and a file
// that cannot be read gives a warning naming it while the build goes on and the file stays listed by title.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { build, REPOSITORY } from "./helpers/site.ts";

const root = makeRepository({
  "assets/materials/test-workshop/slides.pdf": readFileSync(join(REPOSITORY, "assets/materials/workshop-2016/10-ala-gbif-sweden.pdf")),
  "assets/materials/test-workshop/broken.pdf": "this is not a PDF",
  "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace(
    "materials:\n",
    "materials:\n  - title: Broken slides\n    url: /assets/materials/test-workshop/broken.pdf\n    kind: slides\n",
  ),
});
after(() => removeTemporary(root));

const searchLines = (stdout: string) => stdout.split("\n").filter((line) => line.startsWith("Search:"));

test("a first build reads each file, warns about the unreadable one by name, and still succeeds", () => {
  const result = build(root, join(root, "_site"));
  assert.equal(result.status, 0, result.stderr);
  const lines = searchLines(result.stdout);
  assert.match(lines[0]!, /^Search: could not read the text of assets\/materials\/test-workshop\/broken\.pdf \(.+\); it is indexed by its title only\.$/);
  assert.match(lines[1]!, /^Search: indexed \d+ pages and 2 workshop materials \(text read from 1 files, 0 from the cache\) in \d+\.\d\d s\.$/);
});

test("a second build takes unchanged files from the cache", () => {
  const result = build(root, join(root, "_site"));
  assert.equal(result.status, 0, result.stderr);
  assert.match(searchLines(result.stdout).at(-1)!, /\(text read from 0 files, 1 from the cache\)/);
});

test("a changed file is read again", () => {
  writeFileSync(join(root, "assets/materials/test-workshop/slides.pdf"), readFileSync(join(REPOSITORY, "assets/materials/workshop-2015/2-operation.pdf")));
  const result = build(root, join(root, "_site"));
  assert.equal(result.status, 0, result.stderr);
  assert.match(searchLines(result.stdout).at(-1)!, /\(text read from 1 files, 0 from the cache\)/);
});
