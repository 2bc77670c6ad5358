// Feed readers, calendars and search engines get the site's content in their own formats, built from the same data.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { foldLines as libraryFoldLines } from "ical-generator";
import { buildCommunity } from "../src/collections/community.ts";
import { loadSiteContent } from "../src/content/load.ts";
import { buildCalendar, calendar, foldLines } from "../src/feeds/calendar.ts";
import { byTag, elements, parseHtml } from "./helpers/html.ts";
import { readText, realSite, REPOSITORY } from "./helpers/site.ts";

const { site, pages } = realSite("feeds");

const workshops = readdirSync(join(REPOSITORY, "content/workshops")).map((name) => name.slice(0, -3));
const events = (ics: string) => ics.split("BEGIN:VEVENT").slice(1);
const field = (event: string, name: string) => new RegExp(`^${name}(;[^:]*)?:(.*)$`, "m").exec(event)?.[2]?.trim();

describe("calendars", () => {
  test("events.ics has every workshop as an all-day event whose end is the day after its last day", () => {
    const ics = readText(site, "events.ics");
    assert.match(ics, /^BEGIN:VCALENDAR\r?\n/);
    assert.equal(events(ics).length, workshops.length);
    const madrid = events(ics).find((event) => field(event, "UID") === "workshop-2018@living-atlases.gbif.org")!;
    assert.equal(field(madrid, "DTSTART"), "20180219");
    assert.match(madrid, /DTSTART;VALUE=DATE:20180219/);
    assert.equal(field(madrid, "DTEND"), "20180224");
    const oneDay = events(ics).find((event) => field(event, "UID") === "workshop-2014@living-atlases.gbif.org")!;
    assert.deepEqual([field(oneDay, "DTSTART"), field(oneDay, "DTEND")], ["20140720", "20140721"]);
  });

  test("each workshop page offers its own .ics file and links the calendars from <head>", () => {
    for (const slug of workshops) {
      const ics = readText(site, `workshops/${slug}/event.ics`);
      assert.equal(events(ics).length, 1, slug);
      const page = parseHtml(readText(site, `workshops/${slug}/index.html`));
      const calendars = elements(page, (element) => element.name === "link" && element.attribs.type === "text/calendar").map((link) => link.attribs.href);
      assert.deepEqual(calendars, ["/events.ics", `/workshops/${slug}/event.ics`], slug);
      assert.ok(elements(page, (element) => element.name === "a" && element.attribs.href === `/workshops/${slug}/event.ics`).length === 1, slug);
    }
  });

  test("the calendars are byte for byte what ical-generator itself writes", () => {
    const { content } = loadSiteContent(REPOSITORY);
    const community = buildCommunity(content, "2026-11-21", REPOSITORY);
    assert.equal(calendar(community, community.workshops, "All"), buildCalendar(community, community.workshops, "All").toString());
    for (const workshop of community.workshops) assert.equal(calendar(community, [workshop], workshop.title), buildCalendar(community, [workshop], workshop.title).toString());
  });

  test("long lines fold at 75 octets exactly as ical-generator folds them, whatever the script", () => {
    const pieces = ["a", "Ñ", "ü", "أ", "ط", "🦜", "🇪🇸", "中", "\\,", " ", "\ud800", "x\udc00"];
    for (let length = 0; length < 400; length += 7) {
      const line = Array.from({ length }, (_, index) => pieces[(index * 7 + length) % pieces.length]).join("");
      const text = `DESCRIPTION:${line}\r\nSUMMARY:${line.slice(length / 2)}\r\n`;
      assert.equal(foldLines(text), libraryFoldLines(text), JSON.stringify(line));
    }
  });
});

describe("metadata on every page", () => {
  test("a canonical address, Open Graph and Twitter card tags, and the feeds in <head>", () => {
    for (const file of pages()) {
      const page = parseHtml(readText(site, file));
      const meta = (key: string) => elements(page, (element) => element.name === "meta" && (element.attribs.property === key || element.attribs.name === key))[0]?.attribs.content;
      const canonical = elements(page, (element) => element.name === "link" && element.attribs.rel === "canonical")[0]?.attribs.href;
      assert.match(canonical ?? "", /^https:\/\/living-atlases\.gbif\.org\//, file);
      assert.equal(meta("og:url"), canonical, file);
      for (const key of ["og:title", "og:description", "og:type", "og:site_name", "twitter:card", "twitter:title", "twitter:description"]) assert.ok(meta(key), `${file} ${key}`);
      const feeds = elements(page, (element) => element.name === "link" && element.attribs.rel === "alternate").map((link) => link.attribs.type);
      assert.ok(feeds.includes("application/atom+xml") && feeds.includes("text/calendar"), file);
    }
  });

  const jsonLd = (file: string) => byTag(parseHtml(readText(site, file)), "script").filter((script) => script.attribs.type === "application/ld+json").map((script) => JSON.parse((script.children[0] as { data: string }).data) as Record<string, unknown>);

  test("workshop pages describe a schema.org Event with dates, place or virtual location, and organiser", () => {
    const [madrid] = jsonLd("workshops/workshop-2018/index.html");
    assert.equal(madrid!["@type"], "Event");
    assert.deepEqual([madrid!.startDate, madrid!.endDate], ["2018-02-19", "2018-02-23"]);
    assert.deepEqual(madrid!.location, { "@type": "Place", name: "Real Jardín Botánico", address: { "@type": "PostalAddress", addressLocality: "Madrid", addressCountry: "ES" } });
    assert.equal((madrid!.organizer as { name: string }).name, "Living Atlases");
    assert.equal(madrid!.eventStatus, "https://schema.org/EventScheduled");
    const [online] = jsonLd("workshops/tdwg-working-session-2020/index.html");
    assert.equal((online!.location as { "@type": string })["@type"], "VirtualLocation");
    assert.equal(online!.eventAttendanceMode, "https://schema.org/OnlineEventAttendanceMode");
  });

  test("news posts describe a NewsArticle and the home page the Organization", () => {
    const [article] = jsonLd("news/2025-06-24-kew-launches-its-data-portal/index.html");
    assert.equal(article!["@type"], "NewsArticle");
    assert.equal(article!.datePublished, "2025-06-24");
    const [organisation] = jsonLd("index.html");
    assert.equal(organisation!["@type"], "Organization");
    assert.equal(organisation!.url, "https://living-atlases.gbif.org/");
  });
});
