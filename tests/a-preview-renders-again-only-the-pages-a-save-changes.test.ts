// Under `npm start`, a save renders again only the pages it changes, and the preview's site is then the site a full
// build makes of the same content: after each kind of save (a record's text, which the preview puts into its last
// build, a name other pages show, a page in every page's navigation, a translation, the data files, the site's
// settings), every page, feed and calendar is compared.
import assert from "node:assert/strict";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { startPreview, type RunningPreview } from "./helpers/preview.ts";
import { removeTemporary } from "./helpers/repository.ts";
import { build, listFiles } from "./helpers/site.ts";
import { translatedRepository } from "./helpers/translated-repository.ts";

const WORKSHOP = "content/workshops/test-workshop.md";
const WROTE = /Wrote (\d+) files?/g;

const { root } = translatedRepository();
const served = join(root, "_site");
const fresh = join(root, ".fresh");
let preview: RunningPreview;

before(async () => {
  preview = await startPreview(root, WORKSHOP);
});

after(async () => {
  await preview?.stop();
  removeTemporary(root);
});

/** The files each rebuild in `log` wrote, by Eleventy's count, in order. */
const rebuilds = (log: string) => [...log.matchAll(WROTE)].map((match) => Number(match[1]));

/** Whether `log` has the file watcher reporting a change to `file`, which it names from wherever the preview runs. */
const seenSaving = (log: string, file: string) => log.split("\n").some((line) => line.includes("File changed: ") && line.trimEnd().endsWith(file));

/** Saves `file` with `change` applied, waits until the preview has seen it and is idle again, and gives the number of files the rebuilds wrote. */
async function save(file: string, change: (text: string) => string): Promise<number> {
  const from = preview.log().length;
  const path = join(root, file);
  const text = readFileSync(path, "utf8");
  const changed = change(text);
  assert.notEqual(changed, text, `the change to ${file} changes nothing`);
  writeFileSync(path, changed);
  for (const started = Date.now(); !seenSaving(preview.log().slice(from), file);) {
    if (Date.now() - started > 30_000) assert.fail(`npm start did not see a save of ${file}:\n${preview.log().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await preview.idle();
  const wrote = rebuilds(preview.log().slice(from));
  assert.ok(wrote.length > 0, `npm start did not rebuild after a save of ${file}:\n${preview.log().slice(from)}`);
  return wrote.reduce((sum, count) => sum + count, 0);
}

/** When each published file was last written. */
const modified = () => new Map(published(served).map((file) => [file, statSync(join(served, file)).mtimeMs]));

/** The files a page is made of (pages, feeds, calendars, the sitemap), outside search and the materials' copies. */
const published = (folder: string) => listFiles(folder).filter((file) => !file.startsWith("pagefind/") && !file.startsWith("assets/"));

/** Builds the repository as it is now, from scratch, and asserts the preview's output holds the same files, byte for byte. */
function assertLikeAFreshBuild(after: string): void {
  const result = build(root, fresh);
  assert.equal(result.status, 0, result.stderr);
  const expected = published(fresh);
  const actual = new Set(published(served));
  const missing = expected.filter((file) => !actual.has(file));
  assert.deepEqual(missing, [], `after ${after}, the preview lacks files a build writes`);
  const stale = expected.filter((file) => !readFileSync(join(served, file)).equals(readFileSync(join(fresh, file))));
  assert.deepEqual(stale, [], `after ${after}, these files of the preview differ from a fresh build's`);
}

test("a preview starts with every page, as a build makes them", () => {
  assertLikeAFreshBuild("starting");
});

test("a save of a workshop's text renders only that workshop's pages, and nothing stays stale", async () => {
  const everything = rebuilds(preview.log())[0]!;
  const wrote = await save(WORKSHOP, (text) => text.replace("Body text.", "Body text, now longer."));
  assert.ok(wrote < everything / 3, `the save wrote ${wrote} of the site's ${everything} files`);
  assert.match(readFileSync(join(served, "workshops/test-workshop/index.html"), "utf8"), /Body text, now longer\./);
  assertLikeAFreshBuild("a save of the workshop's text");
});

test("a save that changes nothing a page shows rewrites no file, not even the sitemap or the host's rules", async () => {
  await save(WORKSHOP, (text) => `${text}\n`);
  const before = modified();
  await save(WORKSHOP, (text) => text.replace(/\n$/, ""));
  const after = modified();
  const rewritten = [...after].filter(([file, time]) => before.get(file) !== time).map(([file]) => file);
  // The sitemap, robots.txt and the host's rules are written again with the lists, which this save leaves as they were.
  assert.deepEqual(rewritten, []);
  assertLikeAFreshBuild("saving the workshop's text back");
});

for (const [what, file, change] of [
  [
    "a partner's name, which its project, its installations and the lists show",
    "content/partners/gbif-spain.md",
    (text: string) => text.replace("name: GBIF Spain", "name: GBIF Spain, renamed"),
  ],
  [
    "a partner's text, which only its own pages show",
    "content/partners/gbif-spain.md",
    (text: string) => text.replace("The Spanish node.", "The node of Spain."),
  ],
  ["the text of a page translated into Spanish only", "content/about.md", (text: string) => `${text}\nAnd we meet.\n`],
  ["a page in every page's navigation", "content/about.md", (text: string) => text.replace("title: About", "title: About us")],
  ["a translation", "content/pages/faq.fr.md", (text: string) => text.replace("Une réponse.", "Une autre réponse.")],
  [
    "an installation, which the map and its partner show",
    "_data/installations.yaml",
    (text: string) => text.replace("name: Test Portal", "name: Test Portal, renamed"),
  ],
  ["a workshop's list of participants", "_data/participants/test-workshop.csv", (text: string) => `${text}Bea Ruiz,GBIF Spain,Spain\n`],
  ["a news post's text, which the feed quotes", "content/news/2020-01-01-hello.md", (text: string) => text.replace("News body.", "News body, longer.")],
  ["the site's settings", "_data/site.yaml", (text: string) => text.replace("title: Test Atlases", "title: Test Atlases, renamed")],
] as const) {
  test(`after a save of ${what}, the preview is what a build makes`, async () => {
    await save(file, change);
    assertLikeAFreshBuild(`a save of ${file}`);
  });
}
