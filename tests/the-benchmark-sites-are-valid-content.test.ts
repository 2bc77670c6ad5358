// npm run bench is kept out of npm test; its synthetic sites must still pass the site's own checks, or the
// benchmark stops at its first build, as it did once the check learnt to compare an event's city and country.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { writeSyntheticSite } from "../bench/synthetic.ts";
import { loadSiteContent } from "../src/content/load.ts";
import { formatProblem } from "../src/content/problems.ts";
import { REPOSITORY } from "./helpers/site.ts";
import { removeTemporary } from "./helpers/repository.ts";

const folder = mkdtempSync(join(tmpdir(), "living-atlases-bench-"));
after(() => removeTemporary(folder));

test("a synthetic benchmark site passes every check the real content does", () => {
  const root = join(folder, "site");
  writeSyntheticSite(root, 300, [join(REPOSITORY, "assets/materials/workshop-2015/2-operation.pdf")]);
  const { problems, content } = loadSiteContent(root);
  assert.deepEqual(problems.map(formatProblem), []);
  assert.ok(content.workshops.length > 20 && content.partners.length > 20 && content.news.length > 20);
});
