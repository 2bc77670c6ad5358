// A test's clean-up once removed the folder above the repository; removeTemporary refuses anything outside the temporary folder.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { removeTemporary } from "./helpers/repository.ts";
import { REPOSITORY } from "./helpers/site.ts";

test("a folder made in the temporary folder is removed", () => {
  const folder = mkdtempSync(join(tmpdir(), "living-atlases-removal-"));
  removeTemporary(folder);
  assert.equal(existsSync(folder), false);
});

test("an empty path, left by a failed before hook, removes nothing", () => {
  assert.doesNotThrow(() => removeTemporary(""));
  assert.doesNotThrow(() => removeTemporary(undefined));
});

test("the repository, its parent, the temporary folder itself and paths that climb out of it are refused", () => {
  for (const path of ["..", join("", ".."), ".", REPOSITORY, join(REPOSITORY, ".."), tmpdir(), join(tmpdir(), "a", "..", ".."), "/"]) {
    assert.throws(() => removeTemporary(path), /Refusing to remove/, path);
  }
  assert.equal(existsSync(REPOSITORY), true);
});
