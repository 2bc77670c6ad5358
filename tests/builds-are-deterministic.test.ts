// Two clean builds of the same content write byte-identical sites, Pagefind's index included: up to 1.5, Pagefind
// wrote each filter's values in the order of a hash map seeded per process, and 1.6 sorts them.
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
    Object.keys(one).some((file) => file.startsWith("pagefind/fragment/")) && Object.keys(one).some((file) => file.startsWith("pagefind/filter/")),
    "Pagefind's fragments and filters are compared byte for byte",
  );
  assert.deepEqual(two, one);
});
