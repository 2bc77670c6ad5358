// The importer turns the old Jekyll site's files into this site's content, says what it could not convert,
// never replaces an editor's file without --force, and ends with what is left to fix.
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { parseDateRange, parseMaterials, splitAuthors, stripJekyll } from "../src/import/jekyll.ts";
import { runTool } from "./helpers/cli.ts";
import { makeProject } from "./helpers/project.ts";
import { REPOSITORY } from "./helpers/site.ts";

const FIXTURE = join(REPOSITORY, "tests/fixtures/jekyll-site");

describe("conversions", () => {
  test("a date range that crosses a year keeps both years", () => {
    assert.deepEqual(parseDateRange("2018-12-28 to 2019-01-02", undefined), { start: "2018-12-28", end: "2019-01-02" });
    assert.deepEqual(parseDateRange("2015/10/20 to 2015/10/23", undefined), { start: "2015-10-20", end: "2015-10-23" });
    assert.deepEqual(parseDateRange("2018-08-25 to 2018-09-1", undefined), { start: "2018-08-25", end: "2018-09-01" });
    assert.deepEqual(parseDateRange(undefined, new Date("2014-07-20T00:00:00Z")), { start: "2014-07-20" });
  });

  test("material bullets become materials, and an empty link is reported instead", () => {
    const warnings: string[] = [];
    const materials = parseMaterials(
      "##### Presentations\n- Presentation: [Architecture](/assets/presentation/w/a.pdf) (PDF) by Dave Martin (ALA)\n- Presentation: [Missing]() by Someone\n- Video: [Recording](https://www.youtube.com/watch?v=x) (YouTube video)\n",
      warnings,
    );
    assert.deepEqual(materials, [
      { title: "Architecture", url: "/assets/presentation/w/a.pdf", kind: "slides", authors: ["Dave Martin (ALA)"] },
      { title: "Recording", url: "https://www.youtube.com/watch?v=x", kind: "video", format: "YouTube video" },
    ]);
    assert.deepEqual(warnings, ['"Missing" has an empty link and was left out; add its address if it exists']);
  });

  test("authors keep their own organisations", () => {
    assert.deepEqual(splitAuthors("Marie-Elise Lecoq, Jason Loomis (Vermont Center for Ecostudies) and Vicente Ruiz Jurado"), [
      "Marie-Elise Lecoq",
      "Jason Loomis (Vermont Center for Ecostudies)",
      "Vicente Ruiz Jurado",
    ]);
  });

  test("Liquid tags, loops and layout HTML are removed, and the removals reported", () => {
    const warnings: string[] = [];
    const text = stripJekyll("## {{ page.title }}\n\n#### Description\n\nHello <span>world</span>.\n\n| A |\n|---|\n{% for x in site.data.events.y %}\n| {{ x.a }} |\n{% endfor %}\n", warnings);
    assert.equal(text, "Hello world.");
    assert.deepEqual(warnings, ["removed 1 Liquid loop (tables filled from data files)", "removed 1 Liquid tag", "removed or converted 2 HTML tags of the old layout"]);
  });
});

describe("importing the fixture site", () => {
  const root = makeProject();
  after(() => rmSync(root, { recursive: true, force: true }));
  const read = (path: string) => readFileSync(join(root, path), "utf8");
  let first: ReturnType<typeof runTool>;

  test("converts every kind of file and lists what the editor must still fix", () => {
    first = runTool("import-jekyll.ts", [FIXTURE], root);
    assert.equal(first.status, 1, first.stderr);
    assert.match(first.stdout, /^_events\/workshop-winter\.md -> content\/workshops\/workshop-winter\.md$/m);
    assert.match(first.stdout, /^_data\/events\/workshop-winter\.csv -> _data\/participants\/workshop-winter\.csv$/m);
    assert.match(first.stdout, /^_participants\/example_node\.md -> content\/partners\/example-biodiversity-node\.md$/m);
    assert.match(first.stdout, /^_posts\/2020-03-01-Example-News-Post\.markdown -> content\/news\/2020-03-01-example-news-post\.md$/m);
    assert.match(first.stdout, /^_projects\/cesp-2019-001\.md -> content\/projects\/cesp-2019-001\.md$/m);
    assert.match(first.stdout, /^skipped _data\/ala-summary-gdocs-sheet1\.csv: _data\/installations\.yaml already exists \(--force replaces it\)$/m);
    assert.match(first.stdout, /^Converted 6 files \(6 with notes to check\); skipped 1\.$/m);
    assert.match(
      first.stdout,
      /Before this content can be published, fix these 2 problems \(npm run check lists them again\):\ncontent\/news\/2020-03-01-example-news-post\.md:12: image\.src: .+\ncontent\/workshops\/workshop-winter\.md:2: location: missing \(expected city and country, or online: true for an online event\)\n$/,
    );
  });

  test("the workshop keeps a date range across the year, its participants file despite its letter case, and its materials", () => {
    const workshop = read("content/workshops/workshop-winter.md");
    assert.match(workshop, /^start: 2018-12-28\nend: 2019-01-02$/m);
    assert.match(workshop, /^participants: workshop-winter\.csv$/m);
    assert.match(workshop, /url: \/assets\/materials\/workshop-winter\/intro\.pdf/);
    assert.doesNotMatch(workshop, /A talk nobody uploaded|{{|{%|<div/);
    assert.equal(read("assets/materials/workshop-winter/intro.pdf"), readFileSync(join(FIXTURE, "assets/presentation/workshop-winter/intro.pdf"), "utf8"));
    assert.match(first.stdout, /note: it asks for Workshop-Winter\.csv; the file is workshop-winter\.csv/);
    assert.match(first.stdout, /note: "A talk nobody uploaded" has an empty link and was left out/);
    assert.equal(read("_data/participants/workshop-winter.csv"), "name,organisation,country\nAna Pérez,GBIF Spain,Spain\nBo Li,Example Node,Portugal\n");
  });

  test("links between old pages point at their new addresses", () => {
    assert.match(read("content/news/2020-03-01-example-news-post.md"), /\[partner page\]\(\/partners\/example-biodiversity-node\/\)/);
  });

  test("without --force, a second run changes nothing and says so file by file", () => {
    writeFileSync(join(root, "content/partners/example-biodiversity-node.md"), read("content/partners/example-biodiversity-node.md").replace("kind: gbif-node", "kind: institution"));
    const again = runTool("import-jekyll.ts", [FIXTURE], root);
    assert.match(again.stdout, /^Converted 0 files \(0 with notes to check\); skipped 7\.$/m);
    assert.match(again.stdout, /^skipped _participants\/example_node\.md: content\/partners\/example-biodiversity-node\.md already exists \(--force replaces it\)$/m);
    assert.match(read("content/partners/example-biodiversity-node.md"), /kind: institution/);
  });

  test("with --force, files are replaced, and installations keep the coordinates they had", () => {
    const forced = runTool("import-jekyll.ts", [FIXTURE, "--force"], root);
    assert.match(forced.stdout, /^Converted 7 files/m);
    assert.match(read("content/partners/example-biodiversity-node.md"), /kind: gbif-node/);
    const installations = read("_data/installations.yaml");
    assert.match(installations, /- id: test-portal\n(?:  .+\n)*  lat: 40\.41\n  lon: -3\.69\n/);
    assert.match(forced.stdout, /note: example-portal: no coordinates yet; add lat and lon to show it on the map/);
    assert.match(forced.stdout, /note: island-atlas: "Caribbeam" is not a country this site knows; it became a region/);
  });
});
