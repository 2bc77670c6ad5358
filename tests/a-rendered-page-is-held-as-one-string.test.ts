// A build holds every rendered page until the search index takes it. Preact builds a page's HTML from thousands of
// joined pieces, which V8 keeps as a tree of pieces until something reads the text: held that way, a page took six
// times its size, and Node's peak at 10,000 pages crossed 1 GB. renderDocument returns the page as one string.
import assert from "node:assert/strict";
import { test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { h, type VNode } from "preact";
import { renderDocument } from "../src/eleventy/tsx.ts";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

test("rendered pages kept in memory take about their text's size, not that of the pieces they were joined from", () => {
  const page = (number: number) =>
    h(
      "html",
      { lang: "en" },
      h(
        "body",
        null,
        Array.from({ length: 2000 }, (_, item) => h("p", { class: "item" }, `Occurrence ${item} of page ${number}`)),
      ),
    ) as VNode;
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: 200 }, (_, number) => renderDocument(page(number)));
  collectGarbage();
  const held = process.memoryUsage().heapUsed - before;
  const characters = kept.reduce((sum, html) => sum + html.length, 0);
  // One byte a character for this ASCII text, laid out whole; its pieces took over six.
  assert.ok(held < 2 * characters, `${held} bytes held for ${characters} characters of HTML`);
  assert.equal(kept.length, 200);
});
