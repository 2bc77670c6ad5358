// `npm run new` gives editors a correctly named file that already passes the checks, and never replaces one.
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { loadSiteContent } from "../src/content/load.ts";
import { makeProject } from "./helpers/project.ts";
import { runTool } from "./helpers/cli.ts";

const root = makeProject();
after(() => rmSync(root, { recursive: true, force: true }));

const cases = [
  ["workshop", "Living Atlases Workshop: Lisbon", "content/workshops/living-atlases-workshop-lisbon.md"],
  ["news", "Portugal's new portal", "content/news/2027-05-04-portugal-s-new-portal.md"],
  ["partner", "Museu Nacional de História Natural", "content/partners/museu-nacional-de-historia-natural.md"],
  ["project", "Shared species pages", "content/projects/shared-species-pages.md"],
] as const;

for (const [type, title, path] of cases) {
  test(`a new ${type} is named after its title, printed, and valid as created`, () => {
    const result = runTool("new.ts", [type, title, "--date", "2027-05-04"], root);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), path);
    assert.match(readFileSync(join(root, path), "utf8"), new RegExp(`^---\\n(title|name): ${title.includes(":") ? `"${title}"` : title.replace(/'/g, "'")}\\n`));
    assert.deepEqual(loadSiteContent(root).problems, []);
  });
}

test("an existing file is never overwritten, and the error names it", () => {
  const before = readFileSync(join(root, cases[0][2]), "utf8");
  const result = runTool("new.ts", ["workshop", cases[0][1]], root);
  assert.equal(result.status, 1);
  assert.equal(result.stderr.trim(), `${cases[0][2]} already exists: edit that file, or choose another title.`);
  assert.equal(readFileSync(join(root, cases[0][2]), "utf8"), before);
});

test("an unknown type or a bad date is explained with the usage", () => {
  const type = runTool("new.ts", ["event", "X"], root);
  assert.equal(type.status, 2);
  assert.match(type.stderr, /^"event" is not a type of content \(expected workshop, news, partner or project\)\.\nusage: npm run new -- /);
  const date = runTool("new.ts", ["news", "X", "--date", "2027-02-30"], root);
  assert.equal(date.status, 2);
  assert.match(date.stderr, /^--date 2027-02-30 is not a date \(expected YYYY-MM-DD\)\./);
});
