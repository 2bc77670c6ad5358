// /events.ics names every event in English; /es/events.ics is the same calendar in Spanish: an event translated into
// Spanish has its Spanish title, summary and page, the others keep their English text and page, and every event keeps
// its UID. A language with no event translated has no calendar of its own.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import ICAL from "ical.js";
import { buildCommunities } from "../src/collections/community.ts";
import { loadSiteContent } from "../src/content/load.ts";
import { hasCalendarIn } from "../src/feeds/calendar.ts";
import { elements, parseHtml } from "./helpers/html.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { readText, realSite } from "./helpers/site.ts";

const { site } = realSite("the calendars' test");
const ORIGIN = "https://living-atlases.gbif.org";

/** The calendar as a calendar application reads it: its own properties, and each event's by UID. */
function read(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(readText(site, file)) as unknown[]);
  const value = (component: ICAL.Component, name: string) => String(component.getFirstPropertyValue(name));
  const events = new Map(
    calendar
      .getAllSubcomponents("vevent")
      .map((event) => [
        value(event, "uid"),
        { summary: value(event, "summary"), description: value(event, "description"), location: value(event, "location"), url: value(event, "url") },
      ]),
  );
  return { prodId: value(calendar, "prodid"), name: value(calendar, "x-wr-calname"), url: value(calendar, "url"), events };
}

const uid = (slug: string) => `${slug}@living-atlases.gbif.org`;

test("events.ics names its events in English, at their English pages", () => {
  const english = read("events.ics");
  assert.equal(english.name, "Living Atlases events");
  assert.equal(english.prodId, "-//Living Atlases//website//EN");
  assert.deepEqual(english.events.get(uid("workshop-2025")), {
    summary: "ALA-LAs Technical Workshop (Madrid, March 2025)",
    description: "Four days at the Real Jardín Botánico in Madrid for the developers and managers of Living Atlases, each group with its own track.",
    location: "Real Jardín Botánico (CSIC), Madrid, Spain",
    url: `${ORIGIN}/workshops/workshop-2025/`,
  });
  assert.equal(english.events.get(uid("tdwg-working-session-2020"))?.location, "Online");
});

test("/es/events.ics gives a translated workshop its Spanish title, summary and page", () => {
  const spanish = read("es/events.ics");
  assert.deepEqual(spanish.events.get(uid("workshop-2025")), {
    summary: "Taller técnico ALA-LAs (Madrid, marzo de 2025)",
    description:
      "Cuatro días en el Real Jardín Botánico de Madrid para los desarrolladores y los gestores de los Living Atlases, cada grupo con su propio programa.",
    location: "Real Jardín Botánico (CSIC), Madrid, España",
    url: `${ORIGIN}/es/workshops/workshop-2025/`,
  });
});

test("/es/events.ics keeps an untranslated workshop's English text and page, and says Online in Spanish", () => {
  const spanish = read("es/events.ics");
  const madrid = spanish.events.get(uid("workshop-2018"));
  assert.equal(madrid?.summary, read("events.ics").events.get(uid("workshop-2018"))?.summary);
  assert.equal(madrid?.url, `${ORIGIN}/workshops/workshop-2018/`);
  assert.equal(spanish.events.get(uid("tdwg-working-session-2020"))?.location, "En línea");
});

test("the Spanish calendar is named in Spanish, says its language, and holds the same events under the same UIDs", () => {
  const spanish = read("es/events.ics");
  assert.equal(spanish.name, "Eventos de Living Atlases");
  assert.equal(spanish.prodId, "-//Living Atlases//website//ES");
  assert.equal(spanish.url, `${ORIGIN}/es/`);
  assert.deepEqual([...spanish.events.keys()], [...read("events.ics").events.keys()]);
  assert.equal(read("fr/events.ics").name, "Événements de Living Atlases");
});

test("a Spanish page links the Spanish calendar from its head", () => {
  const page = parseHtml(readText(site, "es/workshops/workshop-2025/index.html"));
  const calendars = elements(page, (element) => element.name === "link" && element.attribs.type === "text/calendar").map((link) => link.attribs.href);
  assert.ok(calendars.includes("/es/events.ics"), calendars.join(", "));
});

const SPANISH = `${VALID_FILES["_data/site.yaml"]}languages:\n  - code: en\n    name: English\n    direction: ltr\n  - code: es\n    name: Español\n    direction: ltr\n`;
const untranslated = makeRepository({ "_data/site.yaml": SPANISH });
const translated = makeRepository({
  "_data/site.yaml": SPANISH,
  "content/workshops/test-workshop.es.md":
    "---\nsource_commit: abcdef0123456789abcdef0123456789abcdef01\ntitle: Taller de prueba\nsummary: Cinco días en Madrid.\n---\n\nTexto.\n",
});
after(() => [untranslated, translated].forEach(removeTemporary));

test("a language with no event translated into it has no calendar of its own, and one with a translated event has", () => {
  const calendarsIn = (root: string) => {
    const { content, problems } = loadSiteContent(root);
    assert.deepEqual(problems, []);
    const { en, es } = buildCommunities(content, "2026-11-21", root);
    return [hasCalendarIn(en), hasCalendarIn(es)];
  };
  assert.deepEqual(calendarsIn(untranslated), [true, false]);
  assert.deepEqual(calendarsIn(translated), [true, true]);
});
