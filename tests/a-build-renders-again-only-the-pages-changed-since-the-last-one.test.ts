// `npm run build` goes on from the last compiled build into the same folder (src/eleventy/last-build.ts): it renders
// again only the pages that show something changed, links the others from the last site, and writes, byte for byte,
// the site a build that renders every page writes. A folder whose files changed since is rendered whole again.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { runLaunched } from "./helpers/cli.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { listFiles, siteSnapshot } from "./helpers/site.ts";

const root = makeRepository({
  "_data/site.yaml": `${VALID_FILES["_data/site.yaml"]}languages:\n${["en", "es", "fr"].map((code) => `  - code: ${code}\n    name: ${code.toUpperCase()}\n    direction: ltr\n`).join("")}`,
  "content/about.es.md":
    "---\nsource_commit: abcdef0123456789abcdef0123456789abcdef01\ntitle: Acerca de\nsummary: Quiénes somos.\n---\n\nConstruimos portales.\n",
});
after(() => removeTemporary(root));

const site = join(root, "out");
let fullBuilds = 0;

/** Builds into `output`; says how many files it rendered and how many it took from the last build, if it went on from one. */
function build(output: string, ...options: string[]): { rendered: number; carried: number } | undefined {
  const result = runLaunched("build", ["--output", output, ...options], root, { SITE_TODAY: "2026-11-21" });
  assert.equal(result.status, 0, result.stderr);
  const line = /^Rendered (\d+) files? again; the other (\d+) show nothing that changed/m.exec(result.stdout);
  return line ? { rendered: Number(line[1]), carried: Number(line[2]) } : undefined;
}

/** The pages Eleventy wrote, by path, with their inode: a page linked from the last site keeps it. */
const pageFiles = (folder: string) =>
  new Map(listFiles(folder).flatMap((path) => (/^(pagefind|assets)\//.test(path) ? [] : [[path, statSync(join(folder, path)).ino] as const])));

/** The pages of `site` written anew by the build `run` makes, which it must say it rendered. */
function rewrittenBy(run: () => ReturnType<typeof build>): { pages: string[]; said: ReturnType<typeof build> } {
  const before = pageFiles(site);
  const said = run();
  const pages = [...pageFiles(site)].filter(([path, inode]) => before.get(path) !== inode).map(([path]) => path);
  return { pages: pages.sort(), said };
}

/** Asserts that `site` holds what a build rendering every page writes from the same content. */
function assertSameAsFullBuild(why: string) {
  const full = join(root, `full-${++fullBuilds}`);
  assert.equal(build(full, "--full"), undefined, "a build with --full renders every page");
  assert.deepEqual(listFiles(site), listFiles(full), `${why}: the same files`);
  assert.deepEqual(siteSnapshot(site), siteSnapshot(full), `${why}: the same bytes`);
  rmSync(full, { recursive: true });
}

test("after each kind of save, a build renders only the pages showing the change, and writes the site a full build writes", () => {
  assert.equal(build(site), undefined, "the first build renders every page");

  const unchanged = rewrittenBy(() => build(site));
  assert.deepEqual(unchanged.pages, [], "nothing changed, so no page is written again");
  assert.equal(unchanged.said?.rendered, 0);
  assertSameAsFullBuild("nothing changed");

  // A record's text alone: its page in English, and in French, which shows the English text; not the Spanish translation's.
  writeFileSync(join(root, "content/about.md"), VALID_FILES["content/about.md"]!.replace("We build portals.", "We build portals, and keep them running."));
  const text = rewrittenBy(() => build(site));
  assert.deepEqual(text.pages, ["about/index.html", "fr/about/index.html"]);
  assert.equal(text.said?.rendered, 2);
  assertSameAsFullBuild("a record's text saved");

  // A field every list shows: the workshop's page and every page listing it, in every language.
  const workshop = join(root, "content/workshops/test-workshop.md");
  writeFileSync(workshop, readFileSync(workshop, "utf8").replace("title: Test workshop", "title: Test workshop in Madrid"));
  const field = rewrittenBy(() => build(site));
  for (const page of ["workshops/test-workshop/index.html", "es/workshops/test-workshop/index.html", "workshops/index.html", "fr/index.html"])
    assert.ok(field.pages.includes(page), `${page} shows the title`);
  assert.ok(!field.pages.includes("faq/index.html"), "a page that does not show the workshop is not written again");
  assertSameAsFullBuild("a field saved");

  // A record removed, and one added.
  rmSync(join(root, "content/news/2020-01-01-hello.md"));
  writeFileSync(join(root, "content/pages/contact.md"), "---\ntitle: Contact\nsummary: How to reach us.\n---\n\nWrite to us.\n");
  build(site);
  assert.ok(!listFiles(site).some((path) => path.includes("2020-01-01-hello")), "the removed post's pages are gone");
  assertSameAsFullBuild("a record removed and one added");

  // A translation added: its language's page.
  writeFileSync(
    join(root, "content/pages/faq.fr.md"),
    "---\nsource_commit: abcdef0123456789abcdef0123456789abcdef01\ntitle: Questions\nsummary: Des questions.\n---\n\nUne réponse.\n",
  );
  const translation = rewrittenBy(() => build(site));
  assert.ok(translation.pages.includes("fr/faq/index.html"));
  assertSameAsFullBuild("a translation added");
});

test("a site whose files changed since the last build wrote them is rendered whole again", () => {
  build(site);
  const page = join(site, "about/index.html");
  const written = readFileSync(page, "utf8");
  appendFileSync(page, "<!-- changed by hand -->");
  assert.equal(build(site), undefined, "a page changed by hand: every page is rendered");
  assert.equal(readFileSync(page, "utf8"), written);
  assertSameAsFullBuild("a page changed by hand");

  // Put in its place with the same size and time, as `sed -i` and `touch -r` can: another file all the same. Written
  // beside it and renamed over it, as `sed -i` does, it is another inode (a file written after the page was removed
  // could be given the same number, and nothing a build can read would tell it from the page).
  const stats = statSync(page);
  const reference = join(root, "reference");
  assert.equal(spawnSync("touch", ["-r", page, reference]).status, 0);
  writeFileSync(`${page}.new`, written.replace("About", "Abut "));
  renameSync(`${page}.new`, page);
  assert.equal(spawnSync("touch", ["-r", reference, page]).status, 0);
  assert.equal(statSync(page).size, stats.size);
  assert.equal(statSync(page).mtimeMs, stats.mtimeMs);
  assert.equal(build(site), undefined, "a page put in another's place: every page is rendered");
  assert.equal(readFileSync(page, "utf8"), written);
  assertSameAsFullBuild("a page put in another's place");

  rmSync(join(site, "faq/index.html"));
  assert.equal(build(site), undefined, "a page removed by hand: every page is rendered");
  assertSameAsFullBuild("a page removed by hand");

  // Another folder's build leaves nothing this one goes on from.
  build(join(root, "elsewhere"));
  assert.equal(build(site), undefined, "the last build went into another folder");
  assert.deepEqual(build(site)?.rendered, 0);
});

test("a material published from the same file as in the last build is linked from the last site; one changed since, in either place, is copied again", () => {
  const material = "assets/materials/test-workshop/slides.pdf";
  const published = join(site, material);
  build(site);
  const first = statSync(published).ino;
  build(site);
  assert.equal(statSync(published).ino, first, "the last site's file, linked into the new one");

  writeFileSync(join(root, material), "%PDF-1.4 a new version of the slides");
  build(site);
  assert.equal(readFileSync(published, "utf8"), "%PDF-1.4 a new version of the slides", "the source changed: copied again");
  assertSameAsFullBuild("a material changed");

  appendFileSync(published, " changed in the site by hand");
  build(site);
  assert.equal(readFileSync(published, "utf8"), "%PDF-1.4 a new version of the slides", "the site's file changed: copied from the source again");
  assertSameAsFullBuild("a published material changed by hand");
});
