// Two clean builds of the same content write byte-identical sites. The one exception is Pagefind's filter
// index: Pagefind writes each filter's values in an order of its own choosing (its Rust hash maps are seeded
// per process), so those files, and the two that name them by hash, are compared by count instead.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { build, realSite, REPOSITORY, siteSnapshot } from "./helpers/site.ts";
import { removeTemporary } from "./helpers/repository.ts";

// The run's shared build of the real content is one clean build; this file makes the second.
const { site: first } = realSite();

const folder = mkdtempSync(join(tmpdir(), "living-atlases-determinism-"));
after(() => removeTemporary(folder));

test("two clean builds produce the same files with the same bytes", () => {
  const second = join(folder, "_site");
  const result = build(REPOSITORY, second);
  assert.equal(result.status, 0, result.stderr);
  const [one, two] = [siteSnapshot(first), siteSnapshot(second)];
  assert.ok(
    Object.keys(one.hashes).some((file) => file.startsWith("pagefind/fragment/")),
    "Pagefind's fragments are compared byte for byte",
  );
  assert.deepEqual(two.hashes, one.hashes);
  assert.equal(two.filterFiles, one.filterFiles);
});
