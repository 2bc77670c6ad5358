// A test's clean-up once removed the folder above the repository; removeTemporary refuses anything outside the temporary folder.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
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

test("a temporary folder that holds the working folder is refused, as a checkout cloned into the temporary folder would be", () => {
  const folder = mkdtempSync(join(tmpdir(), "living-atlases-removal-"));
  const inner = join(folder, "checkout");
  mkdirSync(inner);
  const previous = process.cwd();
  process.chdir(inner);
  try {
    for (const path of [".", "..", inner, folder]) assert.throws(() => removeTemporary(path), /Refusing to remove/, path);
  } finally {
    process.chdir(previous);
  }
  assert.equal(existsSync(inner), true);
  removeTemporary(folder);
  assert.equal(existsSync(folder), false);
});
