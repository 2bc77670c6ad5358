// Pagefind reads a page's text from its HTML, where an element starts a new word only if it is one of the few it ends
// as a sentence (src/search/page-record.ts): two table headers, a fact's label and value, or a material's title and
// its format, shown apart by their table, grid or flex layout, ran together into one word ("WhereMadrid",
// "external linkMarie-Elise"), which no search for either finds. The layout keeps a space between them. The editors'
// own text (.prose) is theirs: "**Atlas**es" is one word on the screen too.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Parser } from "htmlparser2";
import { REMOVED, SENTENCE, VOID } from "../src/search/page-record.ts";
import { fragmentsOf, realSite } from "./helpers/site.ts";

const { site, pages } = realSite("the test of words run together");

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * The places in a page's marked body, outside the editors' text, where the text of one element runs into the next
 * one's with no space, across tags Pagefind does not end a sentence at: "Where|Madrid across </dt> <dd>".
 */
function wordsRunTogether(html: string): string[] {
  const found: string[] = [];
  const open: Array<{ name: string; body: boolean; left: boolean }> = [];
  let inBody = 0;
  let leftOut = 0;
  let before = "";
  let crossed: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const body = "data-pagefind-body" in attributes;
        const left = REMOVED.has(name) || "data-pagefind-ignore" in attributes || (attributes.class ?? "").split(/\s+/).includes("prose");
        if (!VOID.has(name)) open.push({ name, body, left });
        if (body) inBody++;
        if (left) leftOut++;
        if (SENTENCE.has(name) || name === "br" || left) [before, crossed] = ["", []];
        else crossed.push(`<${name}>`);
      },
      onclosetag(name) {
        if (!VOID.has(name)) {
          const element = open.pop();
          if (element?.body) inBody--;
          if (element?.left) leftOut--;
          if (element?.left) [before, crossed] = ["", []];
        }
        if (SENTENCE.has(name)) [before, crossed] = ["", []];
        else crossed.push(`</${name}>`);
      },
      ontext(text) {
        if (inBody === 0 || leftOut > 0 || text === "") return;
        if (crossed.length > 0 && WORD_END.test(before) && WORD_START.test(text))
          found.push(`${before.slice(-20)}|${text.slice(0, 20)} across ${crossed.join(" ")}`);
        [before, crossed] = [text, []];
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

test("the check finds words run together across the layout's elements, and not where a space or a sentence parts them", () => {
  const page = (body: string) => `<html lang="en"><body><main data-pagefind-body>${body}</main></body></html>`;
  assert.deepEqual(wordsRunTogether(page("<dl><div><dt>Where</dt><dd>Madrid</dd></div></dl>")), ["Where|Madrid across </dt> <dd>"]);
  assert.deepEqual(wordsRunTogether(page("<table><tr><th>Name</th><th>Country</th></tr></table>")), ["Name|Country across </th> <th>"]);
  assert.deepEqual(wordsRunTogether(page('<li><a href="/a">Slides</a><span>PDF</span></li>')), ["Slides|PDF across </a> <span>"]);
  assert.deepEqual(wordsRunTogether(page("<dl><div><dt>Where</dt> <dd>Madrid</dd></div></dl>")), []);
  assert.deepEqual(wordsRunTogether(page("<ul><li>Slides</li><li>PDF</li></ul><p>One</p><p>Two</p>")), []);
  assert.deepEqual(wordsRunTogether(page('<div class="prose"><p><strong>Atlas</strong>es</p></div>')), [], "the editors' text is theirs");
  assert.deepEqual(wordsRunTogether(`<html><body><span>Outside</span><span>Body</span></body></html>`), [], "only the marked body is indexed");
});

test("no page of the community's site runs two words of its layout together in what search reads", () => {
  const problems = pages().flatMap((file) => wordsRunTogether(readFileSync(join(site, file), "utf8")).map((place) => `${file}: ${place}`));
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} places`);
});

test("the index Pagefind wrote holds a workshop's facts and materials as words apart", () => {
  const workshop = fragmentsOf<{ url: string; content: string }>(site, "en").find(({ url }) => url === "/workshops/geobon/");
  assert.ok(workshop, "the GEO BON workshop's page is in the English index");
  const words = new Set(workshop.content.split(/\s+/));
  for (const word of ["When", "Where", "Marie-Elise"]) assert.ok(words.has(word), `"${word}" is a word of its own in ${workshop.content.slice(0, 200)}…`);
});
