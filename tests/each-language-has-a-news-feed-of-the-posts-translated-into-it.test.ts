// /feed.xml has every news post; /es/feed.xml, /fr/feed.xml and /pt/feed.xml have only the posts translated into
// their language, current or outdated, titled in it and leading to its pages. A language with none still has a valid feed.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { build, readText } from "./helpers/site.ts";

const LANGUAGES = `${VALID_FILES["_data/site.yaml"]}languages:
  - code: en
    name: English
    direction: ltr
  - code: es
    name: Español
    direction: ltr
    description: Un sitio de prueba.
  - code: fr
    name: Français
    direction: ltr
  - code: pt
    name: Português
    direction: ltr
`;

const post = (title: string, date: string, body: string) => `---\ntitle: ${title}\ndate: ${date}\nauthors: [Editor]\nsummary: ${title}.\n---\n\n${body}\n`;
const translation = (commit: string, title: string, body: string) => `---\nsource_commit: ${commit}\ntitle: ${title}\nsummary: ${title}.\n---\n\n${body}\n`;

const translationOf = (original: string, code: string) => original.replace(/\.md$/, `.${code}.md`);
const HELLO = "content/news/2020-01-01-hello.md";
const PORTAL = "content/news/2021-05-01-a-new-portal.md";
const MEETING = "content/news/2022-03-01-a-meeting.md";

const root = makeRepository({
  "_data/site.yaml": LANGUAGES,
  [PORTAL]: post("A new portal", "2021-05-01", "Run by [GBIF Spain](/partners/gbif-spain/), shown at the [workshop](/workshops/test-workshop/#materials)."),
  [MEETING]: post("A meeting", "2022-03-01", "We met."),
});
const output = join(root, "_site");
after(() => removeTemporary(root));

function git(...args: string[]): string {
  const run = spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], {
    cwd: root,
    encoding: "utf8",
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}

interface Entry {
  title: string;
  link: Array<{ "@_href": string }>;
  id: string;
  content: { "#text": string; "@_type": string };
}
interface Feed {
  "@_xml:lang": string;
  title: string;
  subtitle: string;
  id: string;
  updated: string;
  link: Array<{ "@_href": string; "@_rel"?: string }>;
  entry?: Entry[];
}

/** A feed, checked to be well-formed XML first. */
function feed(file: string): Feed {
  const xml = readText(output, file);
  assert.equal(XMLValidator.validate(xml), true, file);
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" });
  return (parser.parse(xml) as { feed: Feed }).feed;
}

const links = (file: string) => (feed(file).entry ?? []).flatMap((entry) => entry.link.map((link) => link["@_href"]));

before(() => {
  // Hello and the portal are translated into Spanish, the meeting into French; the portal changes after its translation.
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "Start the site");
  const start = git("rev-parse", "HEAD");
  writeFileSync(join(root, translationOf(HELLO, "es")), translation(start, "Hola", "Cuerpo de la noticia."));
  writeFileSync(
    join(root, translationOf(PORTAL, "es")),
    translation(
      start,
      "Un portal nuevo",
      "Lo mantiene [GBIF España](/partners/gbif-spain/), y se presentó en el [taller](/workshops/test-workshop/#materials).",
    ),
  );
  writeFileSync(join(root, translationOf(MEETING, "fr")), translation(start, "Une réunion", "Nous nous sommes réunis."));
  git("add", "-A");
  git("commit", "-q", "-m", "Translate the news");
  writeFileSync(join(root, PORTAL), `${readFileSync(join(root, PORTAL), "utf8")}\nIt has a new map.\n`);
  git("commit", "-q", "-am", "Say the portal has a map");
  const result = build(root, output);
  assert.equal(result.status, 0, result.stderr);
});

test("the English feed has every post, newest first, at its English page", () => {
  const english = feed("feed.xml");
  assert.equal(english["@_xml:lang"], "en");
  assert.equal(english.title, "Test Atlases news");
  assert.deepEqual(links("feed.xml"), [
    "https://example.org/news/2022-03-01-a-meeting/",
    "https://example.org/news/2021-05-01-a-new-portal/",
    "https://example.org/news/2020-01-01-hello/",
  ]);
});

test("the Spanish feed has only the posts translated into Spanish, current and outdated, at their Spanish pages", () => {
  const spanish = feed("es/feed.xml");
  assert.deepEqual(links("es/feed.xml"), ["https://example.org/es/news/2021-05-01-a-new-portal/", "https://example.org/es/news/2020-01-01-hello/"]);
  assert.deepEqual(
    spanish.entry!.map(({ title, id }) => [title, id]),
    [
      ["Un portal nuevo", "https://example.org/es/news/2021-05-01-a-new-portal/"],
      ["Hola", "https://example.org/es/news/2020-01-01-hello/"],
    ],
  );
  // The outdated translation is the one whose page says so: it is still in the feed.
  assert.match(readText(output, "es/news/2021-05-01-a-new-portal/index.html"), /ha cambiado desde que se tradujo/);
  assert.equal(spanish.updated, "2021-05-01T00:00:00Z");
});

test("each language's feed is titled in it and gives its own address and its news page", () => {
  const spanish = feed("es/feed.xml");
  assert.equal(spanish["@_xml:lang"], "es");
  assert.equal(spanish.title, "Noticias de Test Atlases");
  assert.equal(spanish.subtitle, "Un sitio de prueba.");
  assert.equal(spanish.id, "https://example.org/es/feed.xml");
  assert.deepEqual(
    spanish.link.map((link) => [link["@_href"], link["@_rel"]]),
    [
      ["https://example.org/es/feed.xml", "self"],
      ["https://example.org/es/news/", undefined],
    ],
  );
  assert.equal(feed("fr/feed.xml").title, "Actualités de Test Atlases");
  assert.deepEqual(links("fr/feed.xml"), ["https://example.org/fr/news/2022-03-01-a-meeting/"]);
});

test("a post's links lead to the pages in the feed's language, as on the post's own page", () => {
  const [portal] = feed("es/feed.xml").entry!;
  assert.equal(portal!.content["@_type"], "html");
  assert.match(portal!.content["#text"], /href="https:\/\/example\.org\/es\/partners\/gbif-spain\/"/);
  assert.match(portal!.content["#text"], /href="https:\/\/example\.org\/es\/workshops\/test-workshop\/#materials"/);
  assert.match(readText(output, "es/news/2021-05-01-a-new-portal/index.html"), /href="\/es\/partners\/gbif-spain\/"/);
  assert.match(feed("feed.xml").entry![1]!.content["#text"], /href="https:\/\/example\.org\/partners\/gbif-spain\/"/);
});

test("a language with no post translated has a valid Atom feed with no entry", () => {
  const portuguese = feed("pt/feed.xml");
  assert.equal(portuguese.entry, undefined);
  assert.equal(portuguese["@_xml:lang"], "pt");
  assert.equal(portuguese.id, "https://example.org/pt/feed.xml");
  // Atom asks every feed for an id, a title, an updated date and an author.
  assert.ok(portuguese.title && portuguese.updated);
  assert.match(readText(output, "pt/feed.xml"), /<author><name>Test Atlases<\/name><\/author>/);
});

test("every entry leads to a built page that search engines index", () => {
  for (const file of ["feed.xml", "es/feed.xml", "fr/feed.xml"]) {
    for (const link of links(file)) {
      const page = readText(output, `${new URL(link).pathname.slice(1)}index.html`);
      assert.doesNotMatch(page, /<meta name="robots" content="noindex"/, link);
    }
  }
});
