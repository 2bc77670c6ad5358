// Lists on the site are derived from content: sorted, grouped and counted at build time.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { buildCommunity } from "../src/collections/community.ts";
import { loadSiteContent } from "../src/content/load.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";

const workshop = (title: string, start: string, extra = "") =>
  `---\ntitle: ${title}\nkind: workshop\nstart: ${start}\nlocation:\n  city: Paris\n  country: FR\nsummary: S\n${extra}---\n`;
const partner = (name: string, country: string) => `---\nname: ${name}\ncountry: ${country}\nkind: gbif-node\nwebsite: https://example.org/\n---\n`;

const root = makeRepository({
  "content/workshops/a-2016.md": workshop("Madrid 2016", "2016-10-03"),
  "content/workshops/b-2019.md": workshop("Paris 2019", "2019-04-01"),
  "content/workshops/c-2019.md": workshop("Montreal 2019", "2019-04-16"),
  "content/workshops/d-2027.md": workshop("Future 2027", "2027-03-01"),
  "content/partners/gbif-france.md": partner("GBIF France", "FR"),
  "content/partners/canadensys.md": partner("Canadensys", "CA"),
  "_data/installations.yaml": `${VALID_FILES["_data/installations.yaml"]}- id: second
  name: Second portal
  country: FR
  status: live
  languages: [fr]
- id: third
  name: Third portal
  country: FR
  status: in-development
  languages: []
`,
});
after(() => removeTemporary(root));

const { content, problems } = loadSiteContent(root);
const community = buildCommunity(content, "2026-11-21", root);

test("the fixture is valid", () => assert.deepEqual(problems, []));

test("workshops are listed newest first", () => {
  assert.deepEqual(
    community.workshops.map((entry) => entry.title),
    ["Future 2027", "Montreal 2019", "Paris 2019", "Test workshop", "Madrid 2016"],
  );
});

test("workshops are grouped by year, newest year first", () => {
  assert.deepEqual(
    community.workshopsByYear.map((group) => [group.label, group.items.length]),
    [
      ["2027", 1],
      ["2019", 2],
      ["2018", 1],
      ["2016", 1],
    ],
  );
});

test("upcoming events are listed soonest first, with their derived status", () => {
  assert.deepEqual(
    community.upcoming.map((entry) => [entry.title, entry.status]),
    [["Future 2027", "upcoming"]],
  );
});

test("partners are grouped by country name, alphabetically", () => {
  assert.deepEqual(
    community.partnersByCountry.map((group) => [group.label, group.items.map((entry) => entry.name)]),
    [
      ["Canada", ["Canadensys"]],
      ["France", ["GBIF France"]],
      ["Spain", ["GBIF Spain"]],
    ],
  );
});

test("the home page counts live portals, their countries, and workshops since the first year", () => {
  assert.deepEqual(community.counts, { livePortals: 2, countries: 2, workshops: 5, since: 2016, partners: 3 });
});

test("a partner page knows the portals it runs and its projects", () => {
  const spain = community.partners.find((entry) => entry.slug === "gbif-spain")!;
  assert.deepEqual(
    spain.installations.map((entry) => entry.id),
    ["test-portal"],
  );
  assert.deepEqual(
    spain.projects.map((entry) => entry.slug),
    ["test-project"],
  );
});

test("a workshop resolves its project, its participants and its materials", () => {
  const test2018 = community.workshops.find((entry) => entry.slug === "test-workshop")!;
  assert.equal(test2018.dates, "19–23 February 2018");
  assert.equal(test2018.place, "Madrid, Spain");
  assert.equal(test2018.fundedBy?.slug, "test-project");
  assert.deepEqual(test2018.participantList, [{ name: "Ana Pérez", organisation: "GBIF Spain", country: "Spain" }]);
  assert.deepEqual(
    test2018.materialList.map(({ href, formatLabel, local, bytes }) => ({ href, formatLabel, local, bytes })),
    [{ href: "/assets/materials/test-workshop/slides.pdf", formatLabel: "PDF", local: true, bytes: 13 }],
  );
});
