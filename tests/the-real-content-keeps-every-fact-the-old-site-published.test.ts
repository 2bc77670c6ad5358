// The community's real content keeps every fact the old Jekyll site published: its events, each event's materials
// and participants, the portals by status and the partners by kind. The numbers are pinned here, so an edit that
// drops a row fails a test instead of losing a fact silently. Loading the content is enough; nothing is built.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadSiteContent } from "../src/content/load.ts";
import { repositoryRoot } from "../src/repository.ts";
import { readAddress } from "../src/schema/addresses.ts";

const { content, problems } = loadSiteContent(repositoryRoot());

/** Sorted for a readable diff when a count changes. */
const tally = (values: string[]) =>
  Object.fromEntries(
    Object.entries(values.reduce<Record<string, number>>((counts, value) => ((counts[value] = (counts[value] ?? 0) + 1), counts), {})).sort(([a], [b]) =>
      a < b ? -1 : 1,
    ),
  );

/** The old site's files are kept at their last commit in its repository, not on the host this site replaces. */
const OLD_REPOSITORY_FILES = /^https:\/\/github\.com\/gbif\/la-website\/raw\/c51216ceb6ed5c2720fd763580459f70af93da7c\/assets\/(presentation|img\/poster)\//;

test("the real content loads without a single problem", () => {
  assert.deepEqual(problems, []);
});

test("all 27 events of the old site are here", () => {
  assert.equal(content.workshops.length, 27);
});

test("every event keeps the materials the old site listed for it", () => {
  // Against the facts (events.csv `materials`, materials.csv rows), the differences are deliberate:
  // - tdwg-2017: the two posters' abstracts, linked inside the poster lines of the old page, are materials of their own (8 + 2).
  // - workshop-2018: materials.csv counts 24 with "Architecture overview", an empty link on the old page; the text mentions it.
  // - workshop-2022: events.csv counts the 9 talks; the workshop notes (SBDI-LA workshop.docx), a file of the old site
  //   the page never listed, is the tenth. materials.csv lists only 3 because it skipped file names with spaces.
  // - workshop-2025: events.csv counts 11; materials.csv lists 5 for the same reason.
  // - geobon, workshop-coopbioplat: a talk the old page named without a link ("The Atlas of Living Australia – A modular
  //   biodiversity information platform…", "CoopBioPlat: Brazil status") is in the text, not a material.
  // - events.csv counts only talks for some events; resources such as agendas and host pages count here, as in materials.csv.
  const materials = Object.fromEntries(
    content.workshops.map((workshop): [string, number] => [workshop.slug, workshop.materials?.length ?? 0]).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  assert.deepEqual(materials, {
    "bid-caribbean": 1,
    "bid-pacific": 1,
    "biodiversity-next": 4,
    "cesp2017-005": 0,
    "enm-2017": 0,
    gb22: 1,
    geobon: 2,
    "la-tz-workshop-2020": 0,
    "livingdata-2025": 0,
    "tdwg-2015": 2,
    "tdwg-2016": 2,
    "tdwg-2017": 10,
    "tdwg-2018": 1,
    "tdwg-online-conference-2020": 0,
    "tdwg-working-session-2020": 3,
    "workshop-2013": 0,
    "workshop-2014": 0,
    "workshop-2015": 2,
    "workshop-2016": 11,
    "workshop-2018": 23,
    "workshop-2019": 8,
    "workshop-2022": 10,
    "workshop-2025": 11,
    "workshop-coopbioplat": 7,
    "workshop-montreal": 2,
    "workshop-vancouver": 2,
    "workshop-wolfville": 2,
  });
});

test("every participant list keeps every name, and each belongs to its event", () => {
  const sizes = Object.fromEntries(
    Object.entries(content.participants)
      .map(([file, people]): [string, number] => [file, people.length])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  assert.deepEqual(sizes, {
    "cesp2017-005.csv": 3,
    "workshop-2014.csv": 12,
    "workshop-2015.csv": 6,
    "workshop-2016.csv": 13,
    "workshop-2018.csv": 24,
    "workshop-2019.csv": 29,
    // Named in the text of the old page rather than in a data file.
    "workshop-2022.csv": 13,
    "workshop-coopbioplat.csv": 8,
  });
  const used = content.workshops.flatMap((workshop) => (workshop.participants ? [workshop.participants] : [])).sort();
  assert.deepEqual(used, Object.keys(sizes));
});

test("all 54 portals are here, with the status the facts give each", () => {
  assert.equal(content.installations.length, 54);
  assert.deepEqual(tally(content.installations.map((installation) => installation.status)), {
    discontinued: 1,
    "in-development": 6,
    "in-discussion": 15,
    live: 21,
    moved: 4,
    offline: 7,
  });
});

test("partners are kept by kind, with the four service companies the old site listed", () => {
  assert.deepEqual(tally(content.partners.map((partner) => partner.kind)), { company: 4, "gbif-node": 24, institution: 20, network: 8 });
  assert.deepEqual(
    content.partners
      .filter((partner) => partner.kind === "company")
      .map((partner) => partner.name)
      .sort(),
    ["JACK Experts", "Protok d.o.o.", "VEROX d.o.o.", "Vertigo Tecnologia"],
  );
});

test("the four news posts and the six old projects are here, with the project the old site only named", () => {
  assert.equal(content.news.length, 4);
  // The old site had pages for six projects; CESP2017-009, which funded the 2018 workshop, has its own page now.
  assert.equal(content.projects.length, 7);
});

test("news posts are signed by people or organisations, never by an account name", () => {
  for (const post of content.news) {
    for (const author of post.authors) assert.doesNotMatch(author, /^(webadmin|dimevil)$/i, post.source);
  }
});

test("no material links to the old host, and a file the site does not hold is pinned to the old repository's last commit", () => {
  for (const workshop of content.workshops) {
    for (const material of workshop.materials ?? []) {
      assert.doesNotMatch(material.url, /living-atlases\.gbif\.org\/assets\//, `${workshop.source}: ${material.title}`);
      if (material.url.includes("github.com/gbif/la-website")) assert.match(material.url, OLD_REPOSITORY_FILES, `${workshop.source}: ${material.title}`);
      const address = readAddress(material.url);
      if (address.kind === "site" && address.path.startsWith("/assets/")) assert.ok(content.assets.has(address.path), `${workshop.source}: ${material.url}`);
    }
  }
});

test("no author is printed with the same organisation twice", () => {
  const authors = [
    ...content.workshops.flatMap((workshop) => (workshop.materials ?? []).flatMap((material) => material.authors ?? [])),
    ...content.news.flatMap((post) => post.authors),
  ];
  for (const author of authors) assert.doesNotMatch(author, /(\([^()]+\))\s*\1/, author);
});
