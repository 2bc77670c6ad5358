// Feed readers, calendars and search engines get the site's content in their own formats, built from the same data.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { foldLines as libraryFoldLines } from "ical-generator";
import sharp from "sharp";
import { buildCommunities } from "../src/collections/community.ts";
import { loadSiteContent } from "../src/content/load.ts";
import { buildCalendar, calendar, foldLines } from "../src/feeds/calendar.ts";
import { TRANSLATION_FILE } from "../src/schema/languages.ts";
import { byTag, elements, parseHtml } from "./helpers/html.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { build, readText, realSite, REPOSITORY } from "./helpers/site.ts";

const { site, pages } = realSite("feeds");

// The real content has no partner logo and no news picture yet: a small project without git history has both.
const HOSTILE_NAME = "Tag </script><b>bold</b> Network";
let pictured = "";
let picturedRepository: string | undefined;
before(async () => {
  const picture = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: "#2a6f4e" } })
      .png()
      .toBuffer();
  const root = makeRepository({
    "assets/images/partners/gbif-spain.png": await picture(600, 300),
    "assets/images/news/launch.png": await picture(1200, 800),
    "content/partners/gbif-spain.md": VALID_FILES["content/partners/gbif-spain.md"]!.replace(
      "joined: 2013",
      "joined: 2013\nlogo: /assets/images/partners/gbif-spain.png",
    ),
    "content/partners/tag-network.md": `---\nname: ${HOSTILE_NAME}\nregion: Antarctica\nkind: network\nwebsite: https://tags.example.org/\n---\n\nA network.\n`,
    "content/news/2020-01-01-hello.md":
      "---\ntitle: Hello\ndate: 2020-01-01\nauthors: [Editor]\nsummary: First post.\nimage:\n  src: /assets/images/news/launch.png\n  alt: The new portal's home page\n---\n\nNews body.\n",
  });
  picturedRepository = root;
  pictured = join(root, "_site");
  const result = build(root, pictured);
  assert.equal(result.status, 0, result.stderr);
});
after(() => removeTemporary(picturedRepository));

// Translations (workshop-2025.es.md) sit beside their originals and are no workshops of their own.
const workshops = readdirSync(join(REPOSITORY, "content/workshops"))
  .filter((name) => !TRANSLATION_FILE.test(name))
  .map((name) => name.slice(0, -3));
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

  test("the calendars are byte for byte what ical-generator itself writes, in every language", () => {
    const { content } = loadSiteContent(REPOSITORY);
    const communities = Object.values(buildCommunities(content, "2026-11-21", REPOSITORY));
    assert.deepEqual(
      communities.map(({ language }) => language.code),
      ["en", "es", "fr", "pt"],
    );
    for (const community of communities) {
      const code = community.language.code;
      assert.equal(calendar(community, community.workshops, "All"), buildCalendar(community, community.workshops, "All").toString(), code);
      for (const workshop of community.workshops)
        assert.equal(
          calendar(community, [workshop], workshop.title),
          buildCalendar(community, [workshop], workshop.title).toString(),
          `${code} ${workshop.slug}`,
        );
    }
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
      const meta = (key: string) =>
        elements(page, (element) => element.name === "meta" && (element.attribs.property === key || element.attribs.name === key))[0]?.attribs.content;
      const canonical = elements(page, (element) => element.name === "link" && element.attribs.rel === "canonical")[0]?.attribs.href;
      assert.match(canonical ?? "", /^https:\/\/living-atlases\.gbif\.org\//, file);
      assert.equal(meta("og:url"), canonical, file);
      for (const key of ["og:title", "og:description", "og:type", "og:site_name", "twitter:card", "twitter:title", "twitter:description"])
        assert.ok(meta(key), `${file} ${key}`);
      const feeds = elements(page, (element) => element.name === "link" && element.attribs.rel === "alternate").map((link) => link.attribs.type);
      assert.ok(feeds.includes("application/atom+xml") && feeds.includes("text/calendar"), file);
    }
  });

  const jsonLd = (file: string, folder = site) =>
    byTag(parseHtml(readText(folder, file)), "script")
      .filter((script) => script.attribs.type === "application/ld+json")
      .map((script) => JSON.parse((script.children[0] as { data: string }).data) as Record<string, unknown>);
  const imageSource = (file: string, folder: string, alt: string) =>
    byTag(parseHtml(readText(folder, file)), "img").find((image) => image.attribs.alt === alt)?.attribs.src;

  test("workshop pages describe a schema.org Event with dates, place or virtual location, and organiser", () => {
    const [madrid] = jsonLd("workshops/workshop-2018/index.html");
    assert.equal(madrid!["@type"], "Event");
    assert.deepEqual([madrid!.startDate, madrid!.endDate], ["2018-02-19", "2018-02-23"]);
    assert.deepEqual(madrid!.location, {
      "@type": "Place",
      name: "Real Jardín Botánico",
      address: { "@type": "PostalAddress", addressLocality: "Madrid", addressCountry: "ES" },
    });
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

  test("partner pages describe an Organization with the partner's website and country, or the region a network serves", () => {
    const partners = readdirSync(join(REPOSITORY, "content/partners")).map((name) => name.slice(0, -3));
    for (const slug of partners) {
      const [organisation, ...more] = jsonLd(`partners/${slug}/index.html`);
      assert.equal(more.length, 0, slug);
      assert.equal(organisation!["@type"], "Organization", slug);
      assert.ok(organisation!.name && organisation!.description, slug);
      assert.ok(organisation!.address || organisation!.areaServed, slug);
    }
    const [spain] = jsonLd("partners/gbif-spain/index.html");
    assert.deepEqual(
      { name: spain!.name, url: spain!.url, address: spain!.address, logo: spain!.logo },
      { name: "GBIF Spain", url: "https://www.gbif.es/", address: { "@type": "PostalAddress", addressCountry: "ES" }, logo: undefined },
    );
    const [company] = jsonLd("partners/verox/index.html");
    assert.deepEqual(
      [company!["@type"], company!.url, company!.address],
      ["Organization", "https://www.verox.hr/", { "@type": "PostalAddress", addressCountry: "HR" }],
    );
    const [network] = jsonLd("partners/scar/index.html");
    assert.deepEqual([network!.areaServed, network!.address], ["Antarctica", undefined]);
  });

  test("a partner with a logo gives the absolute address of the resized logo its page shows", () => {
    const [spain] = jsonLd("partners/gbif-spain/index.html", pictured);
    const shown = imageSource("partners/gbif-spain/index.html", pictured, "GBIF Spain logo");
    assert.match(shown ?? "", /^\/assets\/images\/generated\//);
    assert.equal(spain!.logo, `https://example.org${shown}`);
    assert.ok(existsSync(join(pictured, shown!)), shown);
  });

  test("news posts give dateModified from their last commit, and their publication date without git history", () => {
    const file = "content/news/2025-06-24-kew-launches-its-data-portal.md";
    const committed = spawnSync("git", ["log", "-1", "--format=%cs", "--", file], { cwd: REPOSITORY, encoding: "utf8" }).stdout.trim();
    assert.match(committed, /^\d{4}-\d{2}-\d{2}$/, "this test needs the repository's git history");
    assert.ok(committed > "2025-06-24", committed);
    const [kew] = jsonLd("news/2025-06-24-kew-launches-its-data-portal/index.html");
    assert.deepEqual([kew!.datePublished, kew!.dateModified], ["2025-06-24", committed]);
    const [hello] = jsonLd("news/2020-01-01-hello/index.html", pictured);
    assert.deepEqual([hello!.datePublished, hello!.dateModified], ["2020-01-01", "2020-01-01"]);
  });

  test("a news post with a picture names it as the NewsArticle's image, and a post without one has none", () => {
    const [hello] = jsonLd("news/2020-01-01-hello/index.html", pictured);
    const shown = imageSource("news/2020-01-01-hello/index.html", pictured, "The new portal's home page");
    assert.match(shown ?? "", /^\/assets\/images\/generated\//);
    assert.equal(hello!.image, `https://example.org${shown}`);
    const [kew] = jsonLd("news/2025-06-24-kew-launches-its-data-portal/index.html");
    assert.equal(kew!["@type"], "NewsArticle");
    assert.equal("image" in kew!, false);
  });

  test("the home page's Organization has the site's icon as logo and the mailing list as contact point", () => {
    const home = parseHtml(readText(site, "index.html"));
    const icon = elements(home, (element) => element.name === "link" && element.attribs.rel === "icon")[0]?.attribs.href;
    assert.match(icon ?? "", /^\/assets\/favicon\.[0-9a-f]+\.svg$/);
    assert.ok(existsSync(join(site, icon!)), icon);
    const [organisation] = jsonLd("index.html");
    assert.equal(organisation!.logo, `https://living-atlases.gbif.org${icon}`);
    assert.deepEqual(organisation!.contactPoint, {
      "@type": "ContactPoint",
      contactType: "community mailing list",
      email: "ala-portal@lists.gbif.org",
      url: "https://lists.gbif.org/mailman/listinfo/ala-portal",
    });
  });

  test("a < in any value is escaped, so no text can end the JSON-LD script element", () => {
    const html = readText(pictured, "partners/tag-network/index.html");
    const [network] = jsonLd("partners/tag-network/index.html", pictured);
    assert.equal(network!.name, HOSTILE_NAME);
    assert.equal(network!.areaServed, "Antarctica");
    assert.equal(byTag(parseHtml(html), "b").length, 0);
    assert.ok(html.includes("Tag \\u003c/script>\\u003cb>bold\\u003c/b> Network"));
  });
});
