// Text that reaches /events.ics and each workshop's event.ics is escaped and folded in every property, the
// calendar's own name and product id included: line breaks and iCalendar syntax in any field read back as the
// text they were, and never as a new line, property or event.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import ICAL from "ical.js";
import { buildCommunity, type Community, type WorkshopView } from "../src/collections/community.ts";
import { loadSiteContent } from "../src/content/load.ts";
import { buildCalendar, calendar } from "../src/feeds/calendar.ts";
import { publicUrl } from "../src/routes.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";

const HOSTILE = [
  "CR\r",
  "LF\n",
  "CRLF\r\n",
  "\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT\r\n",
  "semi;colon",
  "com,ma",
  "back\\slash",
  "\\n",
  "bell\u0007",
  "END:VCALENDAR\r\n",
  "Ñandú 🦜",
  // What String.replace would read as patterns: $& the match, $' and $` the text around it, $$ a dollar.
  "$& $' $` $$ $1",
].join(" | ");
const hostile = (field: string) => `${field}: ${HOSTILE}`;

/** What a calendar application reads back: iCalendar has one kind of line break, and no control characters. */
const asRead = (text: string) => text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");

// A community built from a small valid project, then given hostile text where validation would have refused it.
const root = makeRepository({
  "content/workshops/online-session.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace(
    "location:\n  city: Madrid\n  country: ES\n",
    "online: true\n",
  ),
});
after(() => removeTemporary(root));
const { content, problems } = loadSiteContent(root);
assert.deepEqual(problems, []);
const community: Community = buildCommunity(content, "2026-11-21", root);
community.site.title = hostile("site title");
community.site.url = `https://example.org/${hostile("path")}/`;
for (const workshop of community.workshops) {
  Object.assign(workshop, {
    slug: hostile(`${workshop.slug} slug`),
    title: hostile(`${workshop.slug} title`),
    summary: hostile(`${workshop.slug} summary`),
    url: `/workshops/${hostile(`${workshop.slug} address`)}/`,
    countryName: workshop.online ? undefined : hostile("country"),
    location: workshop.online ? undefined : { city: hostile("city"), country: "ES", venue: hostile("venue") },
  } satisfies Partial<WorkshopView>);
}
const workshops = community.workshops;
assert.equal(workshops.length, 2);

/** Properties ical.js does not know (NAME, X-WR-CALNAME) come back as written; they hold TEXT, so unescape them. */
const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, character: string) => (character.toLowerCase() === "n" ? "\n" : character));

function read(ics: string) {
  const parsed = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const value = (component: ICAL.Component, name: string) => {
    const property = component.getFirstProperty(name);
    assert.ok(property, `no ${name}`);
    const first = property.getFirstValue();
    return property.type === "unknown" ? unescapeText(String(first)) : String(first);
  };
  return { parsed, value };
}

/** The site's address of a page as the calendar gives it, with the separators it percent-encodes read back. */
const address = (url: string) => url.replace(/%3B/g, ";").replace(/%2C/g, ",").replace(/%5C/g, "\\");

const cases: Array<[string, readonly WorkshopView[], string]> = [
  ["/events.ics", workshops, `${community.site.title} events`],
  ...workshops.map((workshop): [string, readonly WorkshopView[], string] => [`${workshop.url}event.ics`, [workshop], workshop.title]),
];

test("every calendar has exactly one event per workshop, whatever its fields hold", () => {
  for (const [file, included, name] of cases) {
    const ics = calendar(community, included, name);
    const { parsed } = read(ics);
    assert.equal(parsed.getAllSubcomponents("vevent").length, included.length, file);
    const lines = ics.split("\r\n");
    assert.equal(lines.filter((line) => line === "BEGIN:VEVENT").length, included.length, file);
    assert.equal(lines.filter((line) => line === "END:VCALENDAR").length, 1, file);
    // Every physical line is a property or a folded continuation, no longer than 75 octets, and ends with CRLF only.
    for (const line of lines) {
      assert.ok(!/[\r\n]/.test(line), `${file}: a bare line break in ${JSON.stringify(line)}`);
      assert.ok(Buffer.byteLength(line) <= 75, `${file}: ${JSON.stringify(line)} is ${Buffer.byteLength(line)} octets`);
    }
  }
});

test("the calendar's name and product id read back as the text they were", () => {
  for (const [file, included, name] of cases) {
    const { parsed, value } = read(calendar(community, included, name));
    assert.equal(value(parsed, "name"), asRead(name), file);
    assert.equal(value(parsed, "x-wr-calname"), asRead(name), file);
    assert.equal(value(parsed, "prodid"), `-//${asRead(community.site.title)}//website//EN`, file);
    assert.equal(address(value(parsed, "url")), publicUrl(community.site, "/"), file);
  }
});

test("each event's uid, summary, description, location and address read back as the text they were", () => {
  const { parsed, value } = read(calendar(community, workshops, "All"));
  const host = new URL(community.site.url).host;
  const events = parsed.getAllSubcomponents("vevent");
  for (const [index, workshop] of workshops.entries()) {
    const event = events[index]!;
    assert.equal(value(event, "uid"), asRead(`${workshop.slug}@${host}`));
    assert.equal(value(event, "summary"), asRead(workshop.title));
    assert.equal(value(event, "description"), asRead(workshop.summary));
    const place = workshop.online ? "Online" : [workshop.location?.venue, workshop.location?.city, workshop.countryName].join(", ");
    assert.equal(value(event, "location"), asRead(place));
    assert.equal(address(value(event, "url")), publicUrl(community.site, workshop.url));
  }
  assert.ok(!events.some((event) => value(event, "summary") === "injected"));
});

test("the files stay byte for byte what ical-generator itself writes from the same escaped values", () => {
  for (const [file, included, name] of cases) assert.equal(calendar(community, included, name), buildCalendar(community, included, name).toString(), file);
  // A name that escapes to nothing: ical-generator then writes no name at all.
  for (const name of ["", "\u0002\u0003"])
    assert.equal(calendar(community, workshops, name), buildCalendar(community, workshops, name).toString(), JSON.stringify(name));
});
