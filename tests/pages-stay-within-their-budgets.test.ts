// Visitors are often on phones and slow links: an ordinary page ships no JavaScript and at most 15 KB of
// gzipped HTML and CSS; the map page at most 60 KB of gzipped JavaScript, Leaflet included.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { test } from "node:test";
import { elements, parseHtml } from "./helpers/html.ts";
import { listFiles, readText, realSite } from "./helpers/site.ts";

const KB = 1024;
const { site } = realSite("budget");

const gzipped = (path: string) => gzipSync(readFileSync(join(site, path)), { level: 9 }).length;
const linked = (file: string, test: (element: { name: string; attribs: Record<string, string | undefined> }) => boolean, attribute: "href" | "src") =>
  elements(parseHtml(readText(site, file)), test).map((element) => element.attribs[attribute]!.replace(/^\//, ""));

/** Pages with a feature that needs a script, in every language: the home page and map (Leaflet) and search (Pagefind). */
const FEATURE_PAGES = new Set(
  ["", "es/", "fr/", "pt/"].flatMap((language) => ["index.html", "map/index.html", "search/index.html"].map((file) => `${language}${file}`)),
);

test("every ordinary page ships 0 bytes of JavaScript and at most 15 KB of gzipped HTML and CSS", () => {
  const pages = listFiles(site).filter((file) => file.endsWith(".html") && !file.startsWith("assets/") && !FEATURE_PAGES.has(file));
  assert.ok(pages.length > 90);
  const over: string[] = [];
  for (const file of pages) {
    const scripts = linked(file, (element) => element.name === "script" && element.attribs.type !== "application/ld+json", "src");
    assert.deepEqual(scripts, [], file);
    const stylesheets = linked(file, (element) => element.name === "link" && element.attribs.rel === "stylesheet", "href");
    const bytes = gzipped(file) + stylesheets.reduce((sum, stylesheet) => sum + gzipped(stylesheet), 0);
    if (bytes > 15 * KB) over.push(`${file}: ${bytes} bytes`);
  }
  assert.deepEqual(over, []);
});

test("the map page ships at most 60 KB of gzipped JavaScript", () => {
  const scripts = linked("map/index.html", (element) => element.name === "script" && element.attribs.type === "module", "src");
  assert.equal(scripts.length, 1);
  const bytes = scripts.reduce((sum, script) => sum + gzipped(script), 0);
  assert.ok(bytes <= 60 * KB, `${bytes} bytes`);
});
