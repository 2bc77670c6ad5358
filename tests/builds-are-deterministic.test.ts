// Two clean builds of the same content write byte-identical sites. The one exception is Pagefind's filter
// index: Pagefind writes each filter's values in an order of its own choosing (its Rust hash maps are seeded
// per process), so those files, and the two that name them by hash, are compared by count instead.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { build, listFiles, realSite, REPOSITORY } from "./helpers/site.ts";
import { removeTemporary } from "./helpers/repository.ts";

// The run's shared build of the real content is one clean build; this file makes the second.
const { site: first } = realSite();

const folder = mkdtempSync(join(tmpdir(), "living-atlases-determinism-"));
after(() => removeTemporary(folder));

const NAMED_BY_FILTER_HASH = /^pagefind\/(filter\/.+\.pf_filter|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)$/;

function snapshot(site: string) {
  const files = listFiles(site);
  return {
    hashes: Object.fromEntries(
      files
        .filter((file) => !NAMED_BY_FILTER_HASH.test(file))
        .map((file) => [
          file,
          createHash("sha256")
            .update(readFileSync(join(site, file)))
            .digest("hex"),
        ]),
    ),
    filterFiles: files.filter((file) => NAMED_BY_FILTER_HASH.test(file)).length,
  };
}

test("two clean builds produce the same files with the same bytes", () => {
  const second = join(folder, "_site");
  const result = build(REPOSITORY, second);
  assert.equal(result.status, 0, result.stderr);
  const [one, two] = [snapshot(first), snapshot(second)];
  assert.ok(
    Object.keys(one.hashes).some((file) => file.startsWith("pagefind/fragment/")),
    "Pagefind's fragments are compared byte for byte",
  );
  assert.deepEqual(two.hashes, one.hashes);
  assert.equal(two.filterFiles, one.filterFiles);
});
