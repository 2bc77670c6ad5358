// The compiled build keeps each HTML material's cleaned copy in .cache/cleaned-materials/, so it is not cleaned again
// on every build. A copy stands only for the file it was made from, as it was: a changed file is cleaned again, a
// copy no build uses any more is removed, and a file put in that folder by anyone else is never published.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { runLaunched } from "./helpers/cli.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";

const MATERIAL = "assets/materials/test-workshop/notes.html";
const root = makeRepository({
  [MATERIAL]: "<!DOCTYPE html><title>Notes</title><p>First version<script>pwned()</script></p>",
  "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace(
    "materials:\n",
    "materials:\n  - title: Notes\n    url: /assets/materials/test-workshop/notes.html\n    kind: slides\n",
  ),
});
after(() => removeTemporary(root));

const kept = join(root, ".cache", "cleaned-materials");
const published = (output: string) => readFileSync(join(output, MATERIAL), "utf8");

function buildInto(name: string): string {
  const output = join(root, name);
  const result = runLaunched("build", ["--output", output], root, { SITE_TODAY: "2026-11-21" });
  assert.equal(result.status, 0, result.stderr);
  return output;
}

test("a build keeps the cleaned copy it published, and the next build publishes the same bytes", () => {
  const first = buildInto("first");
  assert.match(published(first), /First version/);
  assert.doesNotMatch(published(first), /<script/i, "the copy is cleaned");
  assert.equal(readdirSync(kept).length, 1, "one copy kept");
  const second = buildInto("second");
  assert.equal(published(second), published(first));
});

test("a changed file is cleaned again, and the copy of its old version is removed", () => {
  const before = readdirSync(kept);
  writeFileSync(join(root, MATERIAL), "<!DOCTYPE html><title>Notes</title><p>Second version<script>pwned()</script></p>");
  const output = buildInto("changed");
  assert.match(published(output), /Second version/);
  assert.doesNotMatch(published(output), /First version|<script/i);
  const after = readdirSync(kept);
  assert.equal(after.length, 1);
  assert.notDeepEqual(after, before);
});

test("a file saved again with the same size is cleaned again: its modification time names a new copy", () => {
  writeFileSync(join(root, MATERIAL), "<!DOCTYPE html><title>Notes</title><p>Version three<script>pwned()</script></p>");
  buildInto("three");
  writeFileSync(join(root, MATERIAL), "<!DOCTYPE html><title>Notes</title><p>Version four!<script>pwned()</script></p>");
  assert.match(published(buildInto("four")), /Version four!/);
});

test("a file anyone else puts among the kept copies is never published, and is removed", () => {
  const planted = join(kept, `${"0".repeat(64)}.html`);
  writeFileSync(planted, "<script>pwned('planted')</script>");
  const output = buildInto("planted");
  assert.doesNotMatch(published(output), /planted|<script/i);
  assert.equal(existsSync(planted), false);
});
