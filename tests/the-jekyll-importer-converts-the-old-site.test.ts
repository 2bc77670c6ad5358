// The importer turns the old Jekyll site's files into this site's content with the facts right (countries, places,
// partners, dates, old addresses), says in a note what an editor must still do, never replaces an editor's file
// without --force, and ends with what is left to fix.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { loadSiteContent } from "../src/content/load.ts";
import { eventDates, parseDateRange } from "../src/import/dates.ts";
import { htmlToMarkdown } from "../src/import/html.ts";
import { rewriteLinks } from "../src/import/links.ts";
import { renderLiquid } from "../src/import/liquid.ts";
import { parseMaterials, splitAuthors } from "../src/import/materials.ts";
import { sentencesOf } from "../src/import/mentions.ts";
import { readCsv } from "../src/import/site.ts";
import { runTool } from "./helpers/cli.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { REPOSITORY } from "./helpers/site.ts";

const FIXTURE = join(REPOSITORY, "tests/fixtures/jekyll-site");
/** The old repository the fixture stands for, at the commit its missing files are linked at. */
const OLD_REPOSITORY = "https://github.com/example/old-atlases-site@0123456789abcdef0123456789abcdef01234567";

describe("conversions", () => {
  test("a date range that crosses a year keeps both years", () => {
    assert.deepEqual(parseDateRange("2018-12-28 to 2019-01-02", undefined), { start: "2018-12-28", end: "2019-01-02" });
    assert.deepEqual(parseDateRange("2015/10/20 to 2015/10/23", undefined), { start: "2015-10-20", end: "2015-10-23" });
    assert.deepEqual(parseDateRange("2018-08-25 to 2018-09-1", undefined), { start: "2018-08-25", end: "2018-09-01" });
    assert.deepEqual(parseDateRange(undefined, new Date("2014-07-20T00:00:00Z")), { start: "2014-07-20" });
  });

  test("material bullets become materials, brackets in an address stay, and an empty link is reported instead", () => {
    const notes: string[] = [];
    const materials = parseMaterials(
      "##### Presentations\n- Presentation: [Architecture](/assets/presentation/w/a.pdf) (PDF) by Dave Martin (ALA)\n- [Pipelines (SOS)](/assets/presentation/w/Pipelines (SOS) - 2022.pptx)\n- Presentation: [Missing]() by Someone\n- Video: [Recording](https://www.youtube.com/watch?v=x) (YouTube video)\n",
      notes,
    );
    assert.deepEqual(materials, [
      { title: "Architecture", url: "/assets/presentation/w/a.pdf", kind: "slides", authors: ["Dave Martin (ALA)"] },
      { title: "Pipelines (SOS)", url: "/assets/presentation/w/Pipelines (SOS) - 2022.pptx", kind: "slides" },
      { title: "Recording", url: "https://www.youtube.com/watch?v=x", kind: "video", format: "YouTube video" },
    ]);
    assert.deepEqual(notes, ['"Missing" has an empty link and was left out; add its address if it exists']);
  });

  test("authors keep their own organisations", () => {
    assert.deepEqual(splitAuthors("Marie-Elise Lecoq, Jason Loomis (Vermont Center for Ecostudies) and Vicente Ruiz Jurado"), [
      "Marie-Elise Lecoq",
      "Jason Loomis (Vermont Center for Ecostudies)",
      "Vicente Ruiz Jurado",
    ]);
  });

  test("a loop over a data file prints its rows, a trailing dash is no part of the file's name, and includes give up their parameters", () => {
    const data = new Map<string, unknown>([["projects/cesp2019-001", readCsv("organisation,role\nNode A, Leader\nNode B, Partner\n")]]);
    const liquid = renderLiquid(
      '{% include browser-frame.html country="es" %}\n| Organization | Role |\n|---|---|\n{% for project in site.data.projects.cesp2019-001-%}\n| {{ project.organisation }} | {{ project.role }} |\n{% endfor %}\n',
      { data, page: {}, print: () => true },
    );
    assert.deepEqual(liquid.includes, [{ file: "browser-frame.html", parameters: { country: "es" } }]);
    assert.deepEqual(
      liquid.loops.map((loop) => loop.asked),
      ["projects/cesp2019-001"],
    );
    assert.equal(liquid.text.trim(), "| Organization | Role |\n|---|---|\n| Node A | Leader |\n| Node B | Partner |");
  });

  test("layout HTML becomes Markdown headings, lists and tables, and text outside it stays as written", () => {
    const { text } = htmlToMarkdown(
      'Some *Markdown* [link](/a).\n\n<h4>Duties</h4>\n<ol><li>First</li><li>Second</li></ol>\n<table><tr><th>Name</th></tr><tr><td><a href="https://example.org/">Ana</a></td></tr></table>\n',
    );
    assert.equal(text.trim(), "Some *Markdown* [link](/a).\n\n#### Duties\n\n1. First\n2. Second\n\n| Name |\n| --- |\n| [Ana](https://example.org/) |");
  });

  test("when date and date_shown disagree, the one whose month the text names is kept, and a note says why", () => {
    const own = sentencesOf("Managers met in April 2019 to compare their portals.", "/events/x/");
    const dates = eventDates({ date: "2019-04-08", date_shown: "2019-10-08 to 2019-10-09" }, own, []);
    assert.equal(dates.start, "2019-04-08");
    assert.equal(dates.end, "2019-04-09");
    assert.match(
      dates.notes.join("\n"),
      /date \(2019-04-08\) and date_shown \(2019-10-08 to 2019-10-09\) disagree; start is 2019-04-08 because the text names April 2019/,
    );
  });

  test("links to old pages get their new address, and an address with brackets stays whole", () => {
    const { text } = rewriteLinks("[a](/participants/x) and [b](https://en.wikipedia.org/wiki/Darwin_Core_(standard)) and [c](../events/y/#day-2)", {
      resolve: (link) => ({ "/participants/x": "/partners/x/", "/events/y/#day-2": "/workshops/y/#day-2" })[link],
    });
    assert.equal(text, "[a](/partners/x/) and [b](<https://en.wikipedia.org/wiki/Darwin_Core_(standard)>) and [c](/workshops/y/#day-2)");
  });
});

/** A project with no content, as for a community's first import: only its site settings. */
function emptyRepository(): string {
  const removed = Object.fromEntries(
    Object.keys(VALID_FILES)
      .filter((path) => path !== "_data/site.yaml")
      .map((path) => [path, null]),
  );
  return makeRepository(removed);
}

/** The files an import wrote, from its "<old file> -> <new file>" lines. */
const convertedFiles = (stdout: string) => [...stdout.matchAll(/^\S.* -> (.+)$/gm)].map((match) => match[1]!);

describe("importing the old site into an empty project", () => {
  const root = emptyRepository();
  after(() => removeTemporary(root));
  const read = (path: string) => readFileSync(join(root, path), "utf8");
  let run: ReturnType<typeof runTool>;
  let failing: string[];
  before(() => {
    run = runTool("import-jekyll.ts", [FIXTURE, "--repository", OLD_REPOSITORY], root);
    const problems = new Set(loadSiteContent(root).problems.map((problem) => problem.file));
    failing = convertedFiles(run.stdout).filter((path) => problems.has(path));
  });

  test("at least 90 % of the converted files pass the check without a hand edit", () => {
    const converted = convertedFiles(run.stdout);
    assert.equal(converted.length, 18, run.stdout);
    assert.ok(
      (converted.length - failing.length) / converted.length >= 0.9,
      `${failing.length} of ${converted.length} fail: ${failing.join(", ")}\n${run.stdout}`,
    );
    assert.deepEqual(failing, ["content/workshops/regional-meeting.md"]);
  });

  test("each file that still fails has a note that names it and says what to do", () => {
    for (const path of failing) assert.match(run.stdout, new RegExp(`^  ${path.replace(/\./g, "\\.")}: .*\\badd\\b`, "m"));
    assert.match(
      run.stdout,
      /^ {2}content\/workshops\/regional-meeting\.md: the old site does not say where it took place; add location with city and country\.$/m,
    );
    assert.doesNotMatch(run.stdout, /\bat \S+\.ts:\d+|Error:/);
  });

  test("a partner's country is the code its page passed to the include, and its website that include's slider row", () => {
    assert.match(read("content/partners/example-node.md"), /^country: PT\n(?:.+\n)*website: https:\/\/portal\.example\.org\/$/m);
    assert.match(read("content/partners/gbif-example.md"), /^country: ES$/m);
    assert.doesNotMatch(read("content/partners/example-node.md"), /{%|browser-frame/);
  });

  test("a workshop's place is read from its own text, or from another page that names it, and a note says where it was read", () => {
    assert.match(read("content/workshops/workshop-winter.md"), /^location:\n {2}city: Lisbon\n {2}country: PT$/m);
    assert.match(
      run.stdout,
      /content\/workshops\/workshop-winter\.md: location Lisbon, PT read from the page's text \("The workshop was held at the Harbour Institute in Lisbon, Portugal\."\); check it/,
    );
    assert.match(read("content/workshops/data-day.md"), /^location:\n {2}city: Porto\n {2}country: PT$/m);
    assert.match(read("content/workshops/spring-meeting.md"), /^location:\n {2}city: Coimbra\n {2}country: PT$/m);
    assert.match(
      run.stdout,
      /content\/workshops\/spring-meeting\.md: location Coimbra, PT read from _data\/carousel-community, which names it \("Spring Meeting 2019 - Coimbra, Portugal"\)/,
    );
    assert.doesNotMatch(read("content/workshops/regional-meeting.md"), /^location:/m);
  });

  test("a country the page gives as where an event took place, with no city, is a location of its own, with a note asking for the city", () => {
    assert.match(read("content/workshops/portal-training-kenya.md"), /^location:\n {2}country: KE\nsummary:/m);
    assert.match(
      run.stdout,
      /content\/workshops\/portal-training-kenya\.md: the page names Kenya \(KE\) as where it took place, but no city; add location\.city if you know it/,
    );
  });

  test("an event whose id is a name and a year is recognised where another page writes both words", () => {
    assert.match(read("content/workshops/ltc2021-002.md"), /^location:\n {2}city: Faro\n {2}country: PT$/m);
    assert.match(run.stdout, /content\/workshops\/ltc2021-002\.md: location Faro, PT read from _data\/carousel-community, which names it/);
  });

  test("a project's partner loop is read whole, and its lead and partners resolve to partner files through the names the old site used", () => {
    const project = read("content/projects/cesp2019-001.md");
    assert.match(project, /^lead: example-node\npartners:\n {2}- gbif-example\n/m);
    assert.ok(existsSync(join(root, "content/partners/example-node.md")) && existsSync(join(root, "content/partners/gbif-example.md")));
    assert.match(
      run.stdout,
      /content\/projects\/cesp2019-001\.md: Distant Herbarium has no partner page, so the partner table stays in the text; add a partner for each and list it in partners/,
    );
    assert.match(project, /\| Distant Herbarium\s+\| Partner \|/);
    assert.doesNotMatch(run.stdout, /cesp2019-001-\.|cesp2019-001-\b/);
  });

  test("one slug per old page names its file, the links to it, the fields that point at it and its old address", () => {
    assert.match(run.stdout, /^_projects\/cesp-2019-001\.md -> content\/projects\/cesp2019-001\.md$/m);
    const workshop = read("content/workshops/workshop-winter.md");
    assert.match(workshop, /^project: cesp2019-001$/m);
    assert.match(workshop, /\[CESP project \(CESP2019-001\)\]\(\/projects\/cesp2019-001\/\)/);
    assert.match(read("content/projects/cesp2019-001.md"), /^redirect_from:\n {2}- \/projects\/cesp-2019-001\/$/m);
    assert.match(read("content/partners/example-node.md"), /\[winter workshop\]\(\/workshops\/workshop-winter\/\)/);
    assert.match(
      read("_data/installations.yaml"),
      /- id: example-portal\n(?: {2}.+\n)* {2}partner: example-node\n {2}redirect_from:\n {4}- \/participants\/example_node\/\n/,
    );
  });

  test("links between old pages point at their new addresses, and a link with brackets in its address is kept whole", () => {
    const post = read("content/news/2020-03-01-example-news-post.md");
    assert.match(post, /\[partner page\]\(\/partners\/example-node\/\)/);
    assert.match(post, /\[report of the winter workshop\]\(\/workshops\/workshop-winter\/\)/);
    assert.match(post, /\[resources page\]\(\/resources\/\)/);
    assert.match(post, /\[Darwin Core\]\(<https:\/\/en\.wikipedia\.org\/wiki\/Darwin_Core_\(standard\)>\)/);
    assert.match(read("content/pages/contact.md"), /\[participants\]\(\/partners\/\)[\s\S]*\[list of events\]\(\/workshops\/\)/);
    assert.match(read("content/pages/faq.md"), /\[committee\]\(\/lamc\/\)/);
  });

  test("the old top-level pages become pages, with the tables their data files filled written out", () => {
    const committee = read("content/pages/lamc.md");
    assert.match(committee, /^title: Management Committee\nsummary: The committee sets the community's priorities\.\n/m);
    assert.match(committee, /\| Name \| Institution \|\n\| --- \| --- \|\n\| Ana Pérez \| GBIF Spain \|\n\| Bo Li \| Example Biodiversity Node \|/);
    const resources = read("content/pages/resources.md");
    assert.match(
      resources,
      /\| \[Installation guide\]\(https:\/\/docs\.example\.org\/install\) \| CC BY 4\.0 \|\n\| \[Upgrade notes\]\(https:\/\/docs\.example\.org\/upgrade\) \| CC BY 4\.0 \|/,
    );
    assert.doesNotMatch(resources, /Logo files|<table|{%/);
    assert.match(read("content/about.md"), /^title: About$/m);
    assert.match(read("content/pages/contact.md"), /^title: Contact$/m);
    assert.match(read("content/pages/faq.md"), /^## Who can join\?$/m);
    assert.ok(!existsSync(join(root, "content/pages/events.md")), "the list of events is made by the site itself");
  });

  test("when date and date_shown disagree, or make an event of more than 30 days, the dates the text supports are kept and a note says so", () => {
    assert.match(read("content/workshops/spring-meeting.md"), /^start: 2019-04-08\nend: 2019-04-09$/m);
    assert.match(
      run.stdout,
      /spring-meeting\.md: date \(2019-04-08\) and date_shown \(2019-10-08 to 2019-10-09\) disagree; start is 2019-04-08 because the text names April 2019/,
    );
    assert.match(read("content/workshops/data-day.md"), /^start: 2017-05-10\nend: 2017-05-12$/m);
    assert.match(run.stdout, /data-day\.md: date_shown \(2017-05-10 to 2018-05-12\) makes an event of 367 days; end is 2017-05-12/);
    assert.match(read("content/workshops/workshop-winter.md"), /^start: 2018-12-28\nend: 2019-01-02$/m);
  });

  test("every imported file keeps its old address in redirect_from, except where the new address is the same", () => {
    const oldAddress = (path: string, address: string) =>
      assert.match(read(path), new RegExp(`^redirect_from:\\n {2}- ${address.replace(/[.()]/g, "\\$&")}$`, "m"), path);
    oldAddress("content/workshops/workshop-winter.md", "/events/workshop-winter/");
    oldAddress("content/workshops/online-session.md", "/events/online_session/");
    oldAddress("content/news/2020-03-01-example-news-post.md", "/news/data-portals/Example-News-Post/");
    oldAddress("content/pages/contact.md", "/contact.html");
    oldAddress("content/pages/lamc.md", "/about/lamc/");
    for (const same of ["content/about.md", "content/pages/faq.md", "content/pages/resources.md"]) assert.doesNotMatch(read(same), /redirect_from/, same);
    // A participant's old page leads to its portal's row, so its partner page does not claim it too.
    assert.doesNotMatch(read("content/partners/example-node.md"), /redirect_from/);
    assert.match(
      read("content/workshops/workshop-winter.md"),
      /url: \/assets\/materials\/workshop-winter\/Upgrades \(part 1\)\.pdf\n(?: {4}.+\n)* {4}redirect_from:\n {6}- \/assets\/presentation\/workshop-winter\/Upgrades \(part 1\)\.pdf\n/,
    );
    assert.equal(
      read("assets/materials/workshop-winter/Upgrades (part 1).pdf"),
      readFileSync(join(FIXTURE, "assets/presentation/workshop-winter/Upgrades (part 1).pdf"), "utf8"),
    );
  });

  test("a material the checkout lacks links to the old repository at the checkout's commit, and keeps its old address", () => {
    assert.match(
      read("content/workshops/workshop-winter.md"),
      /url: https:\/\/github\.com\/example\/old-atlases-site\/raw\/0123456789abcdef0123456789abcdef01234567\/assets\/presentation\/workshop-winter\/lost-slides\.pdf\n(?: {4}.+\n)* {4}redirect_from:\n {6}- \/assets\/presentation\/workshop-winter\/lost-slides\.pdf\n/,
    );
    assert.match(
      run.stdout,
      /workshop-winter\.md: "The lost slides": \/assets\/presentation\/workshop-winter\/lost-slides\.pdf is not in the checkout, so the material links to its copy in https:\/\/github\.com\/example\/old-atlases-site at 0123456; to serve it from this site, add it as assets\/materials\/workshop-winter\/lost-slides\.pdf/,
    );
  });

  test("the workshop keeps its participants file despite its letter case, and leaves out an empty link with a note", () => {
    assert.match(read("content/workshops/workshop-winter.md"), /^participants: workshop-winter\.csv$/m);
    assert.doesNotMatch(read("content/workshops/workshop-winter.md"), /A talk nobody uploaded|{{|{%|<div|\| Name \|/);
    assert.match(run.stdout, /workshop-winter\.md: it asks for Workshop-Winter\.csv; the file is workshop-winter\.csv/);
    assert.match(run.stdout, /workshop-winter\.md: "A talk nobody uploaded" has an empty link and was left out; add its address if it exists/);
    assert.equal(read("_data/participants/workshop-winter.csv"), "name,organisation,country\nAna Pérez,GBIF Spain,Spain\nBo Li,Example Node,Portugal\n");
  });
});

describe("an editor's files", () => {
  const root = makeRepository();
  after(() => removeTemporary(root));
  const read = (path: string) => readFileSync(join(root, path), "utf8");

  test("an import never replaces a file that exists, and says so file by file", () => {
    const first = runTool("import-jekyll.ts", [FIXTURE], root);
    assert.match(first.stdout, /^skipped _data\/ala-summary-gdocs-sheet1\.csv: _data\/installations\.yaml already exists \(--force replaces it\)$/m);
    assert.match(first.stdout, /^skipped about\.markdown: content\/about\.md already exists \(--force replaces it\)$/m);
    assert.equal(read("content/about.md"), VALID_FILES["content/about.md"]);
    // Without the installations file to lead to, a participant's partner page keeps its old address itself.
    assert.match(read("content/partners/example-node.md"), /^redirect_from:\n {2}- \/participants\/example_node\/$/m);
    writeFileSync(join(root, "content/partners/example-node.md"), read("content/partners/example-node.md").replace("kind: gbif-node", "kind: institution"));
    const again = runTool("import-jekyll.ts", [FIXTURE], root);
    assert.match(again.stdout, /^Converted 0 files \(0 with notes to check\); skipped \d+\.$/m);
    assert.match(again.stdout, /^skipped _participants\/example_node\.md: content\/partners\/example-node\.md already exists \(--force replaces it\)$/m);
    assert.match(read("content/partners/example-node.md"), /kind: institution/);
  });

  test("with --force, files are replaced, and installations keep the coordinates an editor added", () => {
    const forced = runTool("import-jekyll.ts", [FIXTURE, "--force"], root);
    assert.match(read("content/partners/example-node.md"), /kind: gbif-node/);
    assert.match(read("_data/installations.yaml"), /- id: test-portal\n(?: {2}.+\n)* {2}lat: 40\.41\n {2}lon: -3\.69\n/);
    assert.match(forced.stdout, /_data\/installations\.yaml: example-portal: no coordinates yet; add lat and lon to show it on the map/);
    assert.match(forced.stdout, /_data\/installations\.yaml: island-atlas: "Caribbeam" is not a country this site knows; it became a region/);
  });

  test("a file that is a link, or lies outside the old site, is not copied", () => {
    const site = mkdtempSync(join(tmpdir(), "old-site-"));
    const repository = emptyRepository();
    try {
      cpSync(FIXTURE, site, { recursive: true });
      rmSync(join(site, "assets/presentation/workshop-winter/intro.pdf"));
      symlinkSync("/etc/hostname", join(site, "assets/presentation/workshop-winter/intro.pdf"));
      const run = runTool("import-jekyll.ts", [site], repository);
      assert.ok(!existsSync(join(repository, "assets/materials/workshop-winter/intro.pdf")));
      assert.match(
        run.stdout,
        /workshop-winter\.md: assets\/presentation\/workshop-winter\/intro\.pdf is a link or lies outside the old site, so it was not copied; put the file itself at assets\/materials\/workshop-winter\/intro\.pdf/,
      );
    } finally {
      removeTemporary(site);
      removeTemporary(repository);
    }
  });
});
