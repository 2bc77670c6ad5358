// Editors write plain Markdown; the site adds heading anchors and typographic quotes and dashes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { headingId, renderMarkdown } from "../src/content/markdown.ts";

test("section headings get predictable ids and a link to themselves", () => {
  const { html } = renderMarkdown("## Data & Tools: Ça va\n", "x.md", 1);
  assert.equal(html, '<h2 id="data-tools-ca-va"><a class="header-anchor" href="#data-tools-ca-va"><span>Data &amp; Tools: Ça va</span></a></h2>\n');
  assert.equal(headingId("Species-list Handling & Management"), "species-list-handling-management");
});

test("straight quotes and double hyphens become typographic", () => {
  const { html } = renderMarkdown('"Living Atlases" -- since 2013\n', "x.md", 1);
  assert.equal(html, "<p>“Living Atlases” – since 2013</p>\n");
});

test("plain HTML passes through unchanged", () => {
  const { html, problems } = renderMarkdown("<details><summary>More</summary>Text</details>\n", "x.md", 1);
  assert.deepEqual(problems, []);
  assert.equal(html, "<details><summary>More</summary>Text</details>\n");
});

test("links to this site are collected with their lines, so they can be checked", () => {
  const { links } = renderMarkdown("Intro\n\nSee [workshops](/workshops/) and\n[the FAQ](/faq/#costs).\n", "x.md", 10);
  assert.deepEqual(links, [
    { url: "/workshops/", line: 12 },
    { url: "/faq/#costs", line: 13 },
  ]);
});
