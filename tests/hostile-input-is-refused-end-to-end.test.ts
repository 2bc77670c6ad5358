// A set of malformed and hostile files, dropped into a working site at once: the build exits non-zero, prints
// every expected problem on its own line, and leaves the previous site exactly as it was. Symbolic links, which a
// pull request can add but this repository should not hold, and a 5 MB file are made by the test itself.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { build, listFiles, REPOSITORY } from "./helpers/site.ts";
import { runTool } from "./helpers/cli.ts";

const FIXTURES = join(REPOSITORY, "tests/fixtures/malformed");
const expected = readFileSync(join(FIXTURES, "expected-problems.txt"), "utf8").trim().split("\n");
const root = makeRepository();
after(() => removeTemporary(root));

const fingerprint = (site: string) =>
  Object.fromEntries(
    listFiles(site).map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(join(site, file)))
        .digest("hex"),
    ]),
  );

/** Files the test adds to the fixtures: a 5 MB one, and symbolic links out of the repository, in a loop and to nothing. */
const GENERATED: Array<(repository: string) => void> = [
  (repository) =>
    writeFileSync(
      join(repository, "content/workshops/huge-front-matter.md"),
      `---\ntitle: Huge\nkind: workshop\nstart: 2018-02-19\nonline: true\nsummary: ${"x".repeat(5 * 1024 * 1024)}\n---\n`,
    ),
  (repository) => symlinkSync("/etc/passwd", join(repository, "assets/materials/test-workshop/passwd.pdf")),
  (repository) => symlinkSync("loop.pdf", join(repository, "assets/materials/test-workshop/loop.pdf")),
  (repository) => symlinkSync("nowhere.csv", join(repository, "_data/participants/dangling.csv")),
];

test("the fixture set covers at least 65 malformed or hostile cases", () => {
  const files = listFiles(FIXTURES).filter((file) => !["README.md", "expected-problems.txt"].includes(file));
  assert.ok(files.length + GENERATED.length >= 65, `${files.length} files and ${GENERATED.length} made by the test`);
  assert.ok(expected.length >= 70);
});

test("the build refuses them all, one line each, and leaves the previous site untouched", () => {
  const site = join(root, "_site");
  const first = build(root, site);
  assert.equal(first.status, 0, first.stderr);
  const before = fingerprint(site);

  cpSync(FIXTURES, root, { recursive: true, filter: (path) => !/(README\.md|expected-problems\.txt)$/.test(path) });
  for (const make of GENERATED) make(root);
  const second = build(root, site);

  assert.equal(second.status, 1);
  const lines = second.stderr.trim().split("\n");
  assert.deepEqual(lines.slice(0, -2), expected);
  assert.equal(lines.at(-1), `${expected.length} content problems: the build stopped and ${site} was left as it was.`);
  assert.deepEqual(fingerprint(site), before);
  assert.deepEqual(
    readdirSync(root).filter((name) => name.startsWith(".site-build-")),
    [],
  );
  // Eleventy runs any script in its data folder; the editors' _data/ must never be that folder.
  assert.ok(!existsSync(join(root, "HOOK-RAN")), "a script under _data/ ran during the build");

  // npm run check reads the same files the same way, so a pull request's annotations show the build's problems.
  const checked = runTool("check.ts", [], root);
  assert.equal(checked.status, 1);
  assert.deepEqual(checked.stderr.trim().split("\n").slice(0, -2), expected);
});
