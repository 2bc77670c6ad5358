// `draft: true` shows a page while previewing with npm start, and leaves it out of the published build:
// no page, no feed entry, no sitemap line, no search record. Published pages may not link to a draft.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import Eleventy from "@11ty/eleventy";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { build, readText, REPOSITORY } from "./helpers/site.ts";

const DRAFT = "content/news/2020-02-02-coming-soon.md";
const draftPost = "---\ntitle: Coming soon\ndate: 2020-02-02\nauthors: [Editor]\nsummary: Not ready yet.\ndraft: true\n---\n\nA wombat-shaped surprise.\n";
const root = makeRepository({ [DRAFT]: draftPost });
after(() => removeTemporary(root));

test("a draft is left out of the build, its feed, its sitemap and its search index", () => {
  const result = build(root, join(root, "_site"));
  assert.equal(result.status, 0, result.stderr);
  const site = join(root, "_site");
  assert.equal(existsSync(join(site, "news/2020-02-02-coming-soon/index.html")), false);
  for (const file of ["feed.xml", "sitemap.xml", "news/index.html", "index.html"]) assert.doesNotMatch(readText(site, file), /coming-soon|Coming soon/, file);
  // Six published pages carry searchable content: about, FAQ, the partner, the project, the workshop and the news post.
  assert.match(result.stdout, /Search: indexed 6 pages and 1 workshop materials/);
});

test("while previewing, the draft is shown with a notice", async () => {
  const output = join(root, "_preview");
  process.env.LIVING_ATLASES_ROOT = root;
  try {
    const eleventy = new Eleventy(join(REPOSITORY, "src/pages"), output, {
      configPath: join(REPOSITORY, ".eleventy.ts"),
      quietMode: true,
      runMode: "serve",
    } as never);
    eleventy.disableLogger();
    await eleventy.write();
  } finally {
    delete process.env.LIVING_ATLASES_ROOT;
  }
  const page = readText(output, "news/2020-02-02-coming-soon/index.html");
  assert.match(page, /class="draft-banner"/);
  assert.match(readText(output, "news/index.html"), /Coming soon/);
  // The preview indexes search in the background; the project folder is removed only once that is done.
  for (const started = Date.now(); !existsSync(join(output, "pagefind/pagefind-entry.json"));) {
    assert.ok(Date.now() - started < 30_000, "the preview's search index was not written");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});

test("a published page that links to a draft stops the build", () => {
  const linking = makeRepository({
    [DRAFT]: draftPost,
    "content/pages/faq.md": "---\ntitle: FAQ\nsummary: Questions.\n---\n\nSee [what is coming](/news/2020-02-02-coming-soon/).\n",
  });
  try {
    const result = build(linking, join(linking, "_site"));
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /^content\/pages\/faq\.md:6: body: "\/news\/2020-02-02-coming-soon\/" is a draft, left out of the published site \(expected a published page, or remove draft: true from it\)$/m,
    );
  } finally {
    removeTemporary(linking);
  }
});
