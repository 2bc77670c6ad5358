// Two clean builds of the same content write byte-identical sites. The one exception is Pagefind's filter
// index: Pagefind writes each filter's values in an order of its own choosing (its Rust hash maps are seeded
// per process), so those files, and the two that name them by hash, are compared by count instead.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { build, listFiles, REPOSITORY } from "./helpers/site.ts";

const folder = mkdtempSync(join(tmpdir(), "living-atlases-determinism-"));
after(() => rmSync(folder, { recursive: true, force: true }));

const NAMED_BY_FILTER_HASH = /^pagefind\/(filter\/.+\.pf_filter|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)$/;

function snapshot(site: string) {
  const files = listFiles(site);
  return {
    hashes: Object.fromEntries(files.filter((file) => !NAMED_BY_FILTER_HASH.test(file)).map((file) => [file, createHash("sha256").update(readFileSync(join(site, file))).digest("hex")])),
    filterFiles: files.filter((file) => NAMED_BY_FILTER_HASH.test(file)).length,
  };
}

test("two clean builds produce the same files with the same bytes", () => {
  const [first, second] = ["one", "two"].map((name) => {
    const site = join(folder, name, "_site");
    const result = build(REPOSITORY, site);
    assert.equal(result.status, 0, result.stderr);
    return snapshot(site);
  });
  assert.ok(Object.keys(first!.hashes).some((file) => file.startsWith("pagefind/fragment/")), "Pagefind's fragments are compared byte for byte");
  assert.deepEqual(second!.hashes, first!.hashes);
  assert.equal(second!.filterFiles, first!.filterFiles);
});
