// Editors name files as they like: spaces, "&" and accented letters work, written as they are or percent-encoded;
// a name no address can hold, or one that is not UTF-8, is a problem line; nothing crashes the build.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { loadSiteContent } from "../src/content/load.ts";
import { formatProblem, sortProblems } from "../src/content/problems.ts";
import { byTag, parseHtml, resolveInternal } from "./helpers/html.ts";
import { makeRepository, problemsIn, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { build, readText } from "./helpers/site.ts";

const NAME = "Présentation café & co.pdf";
const workshop = (urls: string[]) =>
  VALID_FILES["content/workshops/test-workshop.md"]!.replace(
    "materials:\n",
    `materials:\n${urls.map((url, index) => `  - title: Version ${index}\n    url: ${JSON.stringify(url)}\n    kind: slides\n`).join("")}`,
  );

const root = makeRepository({
  [`assets/materials/test-workshop/${NAME}`]: "%PDF-1.4 café",
  "content/workshops/test-workshop.md": workshop([`/assets/materials/test-workshop/${NAME}`, `/assets/materials/test-workshop/${encodeURIComponent(NAME)}`]),
});
after(() => removeTemporary(root));

test("a material named with spaces, & and accents is published, and both spellings of its address lead to it", () => {
  const site = join(root, "_site");
  const result = build(root, site);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(readFileSync(join(site, "assets/materials/test-workshop", NAME), "utf8"), "%PDF-1.4 café");
  const links = byTag(parseHtml(readText(site, "workshops/test-workshop/index.html")), "a").filter((link) => /Pr%C3%A9sentation/.test(link.attribs.href ?? ""));
  assert.equal(links.length, 2);
  for (const link of links) assert.ok(resolveInternal(site, "/workshops/test-workshop/", link.attribs.href!), link.attribs.href);
});

test("an address with a broken percent sign is a problem line, not a crash", () => {
  assert.deepEqual(problemsIn({ "content/workshops/test-workshop.md": workshop(["/assets/materials/test-workshop/slides%zz.pdf"]) }), [
    'content/workshops/test-workshop.md:14: materials[0].url: "/assets/materials/test-workshop/slides%zz.pdf" has "%" that is not followed by two hexadecimal digits (expected an https:// address or a path on this site starting with /)',
  ]);
});

test("a file whose name is not UTF-8 is a problem line naming it", () => {
  const repository = makeRepository();
  try {
    // "né.pdf" saved in Latin-1, as some older systems write names.
    writeFileSync(Buffer.concat([Buffer.from(join(repository, "assets/materials/test-workshop/")), Buffer.from([0x6e, 0xe9, 0x2e, 0x70, 0x64, 0x66])]), "x");
    const lines = sortProblems(loadSiteContent(repository).problems).map(formatProblem);
    assert.deepEqual(lines, ["assets/materials/test-workshop/n\u00e9.pdf:1: file name: is not UTF-8 (expected a name saved as UTF-8, such as café.pdf)"]);
  } finally {
    removeTemporary(repository);
  }
});
