// `npm run new` gives editors a correctly named file whose every guess is a placeholder: the check and the build
// refuse each one on its line until it is replaced, `npm start` previews the page with the examples, and no file
// is ever replaced.
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { loadSiteContent } from "../src/content/load.ts";
import { formatProblem, sortProblems } from "../src/content/problems.ts";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { runTool } from "./helpers/cli.ts";

const root = makeRepository();
after(() => removeTemporary(root));

const cases = [
  ["workshop", "Living Atlases Workshop: Lisbon", "content/workshops/living-atlases-workshop-lisbon.md"],
  ["news", "Portugal's new portal", "content/news/2027-05-04-portugal-s-new-portal.md"],
  ["partner", "Museu Nacional de História Natural", "content/partners/museu-nacional-de-historia-natural.md"],
  ["project", "Shared species pages", "content/projects/shared-species-pages.md"],
] as const;

const PLACEHOLDER_LINE = /"\[\[.*\]\]"|^\[\[.*\]\]$/;
/** Line numbers, from 1, of the lines that hold a placeholder. */
const placeholderLines = (text: string) => text.split("\n").flatMap((line, index) => (PLACEHOLDER_LINE.test(line) ? [index + 1] : []));
/** What an editor does: types the real value over each placeholder, brackets and quotes included. */
const filledIn = (text: string) => text.replace(/"\[\[(.*?)\]\]"/g, "$1").replace(/^\[\[(.*)\]\]$/gm, "$1");
const problemLines = (path: string) => sortProblems(loadSiteContent(root).problems).filter((problem) => problem.file === path);

for (const [type, title, path] of cases) {
  test(`a new ${type} is named after its title, and the check refuses each of its placeholders on its line until it is filled in`, () => {
    const result = runTool("new.ts", [type, title, "--date", "2027-05-04"], root);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.split("\n")[0], path);
    assert.match(result.stdout, /\nNext: replace each value in \[\[ \]\] with your own/);
    const written = readFileSync(join(root, path), "utf8");
    assert.match(written, new RegExp(`\\n(title|name): ${title.includes(":") ? `"${title}"` : title}\\n`));

    const lines = placeholderLines(written);
    assert.ok(lines.length >= 3, `${type}: only ${lines.length} placeholders`);
    const refused = problemLines(path);
    assert.deepEqual(
      refused.map((problem) => problem.line),
      lines,
      refused.map(formatProblem).join("\n"),
    );
    for (const problem of refused) assert.match(problem.message, /^still the placeholder written by npm run new \(expected .+\)$/);
    assert.deepEqual(problemLines(path).length, lines.length, "every other file stays valid");

    writeFileSync(join(root, path), filledIn(written));
    assert.deepEqual(loadSiteContent(root).problems.map(formatProblem), []);
  });
}

test("the check prints each placeholder as file, line, field and what the field expects", () => {
  const result = runTool("new.ts", ["workshop", "Regional training"], root);
  assert.equal(result.status, 0, result.stderr);
  const check = runTool("check.ts", [], root);
  assert.equal(check.status, 1);
  const path = "content/workshops/regional-training.md";
  assert.match(
    check.stderr,
    new RegExp(`^${path}:5: start: still the placeholder written by npm run new \\(expected a date as YYYY-MM-DD, such as 2018-02-19\\)$`, "m"),
  );
  assert.match(
    check.stderr,
    new RegExp(`^${path}:4: kind: still the placeholder written by npm run new \\(expected one of workshop, conference, training, online, meeting\\)$`, "m"),
  );
  assert.match(
    check.stderr,
    new RegExp(`^${path}:9: location.city: still the placeholder written by npm run new \\(expected the name of a city, such as Lisbon\\)$`, "m"),
  );
  assert.match(
    check.stderr,
    new RegExp(`^${path}:15: body: still the placeholder written by npm run new \\(expected your own text in place of the \\[\\[ \\]\\]\\)$`, "m"),
  );
  rmSync(join(root, path));
});

test("the preview builds a page with the placeholders' examples and lists what is still to fill in", () => {
  const result = runTool("new.ts", ["partner", "Red de Biodiversidad"], root);
  assert.equal(result.status, 0, result.stderr);
  const path = "content/partners/red-de-biodiversidad.md";
  const preview = loadSiteContent(root, { drafts: "include", placeholders: "preview" });
  assert.deepEqual(preview.problems.map(formatProblem), []);
  assert.deepEqual(
    preview.unfilled.map((problem) => `${problem.line}: ${problem.field}`),
    ["5: country", "6: kind", "7: website", "8: joined", "11: body"],
  );
  const partner = preview.content.partners.find((entry) => entry.source === path);
  assert.ok(partner, "the partner is previewed");
  assert.equal(partner.country, "ES");
  assert.equal(partner.joined, Number(new Date().toISOString().slice(0, 4)));
  assert.match(partner.html, /\[\[Say in a few sentences/);
  // Publishing refuses the same file.
  assert.equal(
    loadSiteContent(root).content.partners.some((entry) => entry.source === path),
    false,
  );
  rmSync(join(root, path));
});

test("a placeholder whose quotes were taken away is still a placeholder, not a list", () => {
  const path = "content/partners/unquoted.md";
  writeFileSync(join(root, path), `---\nname: Unquoted\ncountry: ES\nkind: [[institution]]\nwebsite: https://example.org/\njoined: [[2026]]\n---\n\nText.\n`);
  assert.deepEqual(problemLines(path).map(formatProblem), [
    `${path}:4: kind: still the placeholder written by npm run new (expected one of gbif-node, institution, network, company)`,
    `${path}:6: joined: still the placeholder written by npm run new (expected a year such as 2018)`,
  ]);
  rmSync(join(root, path));
});

test("a number or true/false typed over a placeholder with its quotes kept is told to lose the quotes", () => {
  const path = "content/partners/quoted.md";
  writeFileSync(
    join(root, path),
    `---\nname: Quoted\ncountry: ES\nkind: institution\nwebsite: https://example.org/\njoined: "2015"\ndraft: "true"\n---\n\nText.\n`,
  );
  assert.deepEqual(problemLines(path).map(formatProblem), [
    `${path}:6: joined: "2015" is in quotes, which makes it text (expected 2015, without the quotes)`,
    `${path}:7: draft: "true" is in quotes, which makes it text (expected true, without the quotes)`,
  ]);
  rmSync(join(root, path));
});

test("a placeholder typed beside rather than over is still refused, and Markdown links in brackets are not placeholders", () => {
  const path = "content/partners/beside.md";
  writeFileSync(
    join(root, path),
    `---\nname: "[[Beside]] Beside"\ncountry: ES\nkind: institution\nwebsite: https://example.org/\n---\n\nSee [[1]](https://www.gbif.org/) and [[2]][two].\n\nOur text. [[Say who the organisation is.]]\n\n[two]: https://www.gbif.org/two\n`,
  );
  assert.deepEqual(problemLines(path).map(formatProblem), [
    `${path}:2: name: still the placeholder written by npm run new (expected text)`,
    `${path}:10: body: still the placeholder written by npm run new (expected your own text in place of the [[ ]])`,
  ]);
  rmSync(join(root, path));
});

test("a placeholder whose example does not fit its field is reported once, as a placeholder", () => {
  const path = "content/partners/hand-made.md";
  writeFileSync(join(root, path), `---\nname: Hand made\ncountry: "[[Spain]]"\nkind: institution\nwebsite: https://example.org/\n---\n\nText.\n`);
  assert.deepEqual(problemLines(path).map(formatProblem), [
    `${path}:3: country: still the placeholder written by npm run new (expected a two-letter ISO 3166-1 country code, such as ES or GB)`,
  ]);
  rmSync(join(root, path));
});

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
