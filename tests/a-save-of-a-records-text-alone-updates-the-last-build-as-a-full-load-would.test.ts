// While previewing, a save that changes only a record's text (src/preview/text-edits.ts) puts the new text into the
// last build's community instead of loading the whole site again. After each such save, the community is compared,
// whole, with one loaded from scratch; any other save is refused, so that it loads everything.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import sharp from "sharp";
import { buildCommunities, recordsShowing, type Community } from "../src/collections/community.ts";
import { loadSiteContent } from "../src/content/load.ts";
import type { LanguageCode } from "../src/schema/languages.ts";
import { resizeImages } from "../src/eleventy/pictures.ts";
import { TextEdits } from "../src/preview/text-edits.ts";
import { CODE_ROOT } from "../src/repository.ts";
import { removeTemporary } from "./helpers/repository.ts";
import { git, translatedRepository } from "./helpers/translated-repository.ts";

process.env.SITE_TODAY = "2026-03-01";
const WORKSHOP = "content/workshops/test-workshop.md";
const PICTURE = "assets/images/workshops/room.png";

let root = "";
before(async () => {
  root = translatedRepository().root;
  mkdirSync(dirname(join(root, PICTURE)), { recursive: true });
  writeFileSync(
    join(root, PICTURE),
    await sharp({ create: { width: 900, height: 600, channels: 3, background: "#4a7" } })
      .png()
      .toBuffer(),
  );
  edit(WORKSHOP, (text) => text.replace("Body text.", "Body text.\n\n![The room, set up for the course](/assets/images/workshops/room.png)"));
  git(root, ["add", "-A"]);
  git(root, ["commit", "-q", "-m", "Show the room"], "2026-02-10T10:00:00Z");
});
after(() => removeTemporary(root));

function edit(file: string, change: (text: string) => string): void {
  const path = join(root, file);
  const text = readFileSync(path, "utf8");
  const changed = change(text);
  assert.notEqual(changed, text, `the change to ${file} changes nothing`);
  writeFileSync(path, changed);
}

/** Loads everything, as a preview's build does, and returns its communities and the text edits that start from them. */
async function loadEverything(whileLoading = () => {}): Promise<{ communities: Record<LanguageCode, Community>; edits: TextEdits }> {
  const edits = new TextEdits();
  edits.loading(root);
  const loaded = loadSiteContent(root, { drafts: "include", placeholders: "preview" });
  whileLoading();
  assert.deepEqual(loaded.problems, []);
  const versions = await resizeImages(loaded.content, loaded.pictureUses, root, join(root, "_site"));
  const communities = buildCommunities(loaded.content, process.env.SITE_TODAY!, root);
  edits.loaded({ root, communities, versions, unfilled: new Set(loaded.unfilled.map(({ file }) => file)) });
  return { communities, edits };
}

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
const frontMatterOf = (text: string) => FRONT_MATTER.exec(text)![0];
const bodyOf = (file: string) => readFileSync(join(root, file), "utf8").replace(FRONT_MATTER, "");

const textsSaved: Array<[string, string, (text: string) => string]> = [
  ["a workshop's text, which shows a resized picture", WORKSHOP, (text) => text.replace("Body text.", "Body text, now longer.")],
  [
    "a partner's text, which its installation and its project carry too",
    "content/partners/gbif-spain.md",
    (text) => text.replace("The Spanish node.", "The node of Spain."),
  ],
  ["a news post's text, which the feed quotes", "content/news/2020-01-01-hello.md", (text) => text.replace("News body.", "News body, longer.")],
  ["a translated page's text, which only the language of its translation does not show", "content/about.md", (text) => `${text}\nAnd we meet.\n`],
  ["a translation's text", "content/pages/faq.fr.md", (text) => text.replace("Une réponse.", "Une autre réponse.")],
];

for (const [what, file, change] of textsSaved) {
  test(`after a save of ${what}, the last build's community is what a full load makes`, async () => {
    const { communities, edits } = await loadEverything();
    edit(file, change);
    const edited = edits.apply([join(root, file)]);
    assert.ok(edited && edited.size > 0, `a save of ${file} was not taken as a text edit`);
    const fresh = await loadEverything();
    assert.deepStrictEqual(communities, fresh.communities);
  });
}

const otherSaves: Array<[string, string, (text: string) => string]> = [
  ["a field", WORKSHOP, (text) => text.replace("title: Test workshop", "title: Test workshop, renamed")],
  ["a link added to the text", WORKSHOP, (text) => `${text}\nSee [the FAQ](/faq/).\n`],
  ["a picture left out of the text", WORKSHOP, (text) => text.replace(/!\[[^\]]*\]\([^)]*\)/, "")],
  ["a text with a problem", WORKSHOP, (text) => `${text}\n<iframe src="https://example.org/"></iframe>\n`],
  ["a text still to write", WORKSHOP, (text) => `${text}\n[[Describe the course here.]]\n`],
  ["an original whose text becomes its translation's", "content/pages/faq.md", (text) => `${frontMatterOf(text)}${bodyOf("content/pages/faq.fr.md")}`],
  ["a translation whose text becomes its original's", "content/pages/faq.fr.md", (text) => `${frontMatterOf(text)}${bodyOf("content/pages/faq.md")}`],
  ["a data file", "_data/installations.yaml", (text) => text.replace("name: Test Portal", "name: Test Portal, renamed")],
];

for (const [what, file, change] of otherSaves) {
  test(`a save of ${what} is not taken as a text edit, so the whole site is loaded again`, async () => {
    const { edits } = await loadEverything();
    const saved = readFileSync(join(root, file), "utf8");
    edit(file, change);
    try {
      assert.equal(edits.apply([join(root, file)]), undefined);
    } finally {
      writeFileSync(join(root, file), saved);
    }
  });
}

test("a save of two files, or after a commit or a day has passed, is not taken as a text edit", async () => {
  const { edits } = await loadEverything();
  edit(WORKSHOP, (text) => `${text}\nOne more line.\n`);
  edit("content/news/2020-01-01-hello.md", (text) => `${text}\nOne more line.\n`);
  assert.equal(edits.apply([join(root, WORKSHOP), join(root, "content/news/2020-01-01-hello.md")]), undefined);
  const later = await loadEverything();
  git(root, ["commit", "-q", "-am", "Lengthen two texts"], "2026-02-20T10:00:00Z");
  edit(WORKSHOP, (text) => `${text}\nAnd another.\n`);
  assert.equal(later.edits.apply([join(root, WORKSHOP)]), undefined);
  const tomorrow = await loadEverything();
  process.env.SITE_TODAY = "2026-03-02";
  try {
    edit(WORKSHOP, (text) => `${text}\nAnd a last one.\n`);
    assert.equal(tomorrow.edits.apply([join(root, WORKSHOP)]), undefined);
  } finally {
    process.env.SITE_TODAY = "2026-03-01";
  }
});

test("a save after a commit made while the last build loaded is not taken as a text edit: its pages may not show the commit", async () => {
  const { edits } = await loadEverything(() => {
    edit("content/about.md", (text) => `${text}\nCommitted while loading.\n`);
    git(root, ["commit", "-q", "-am", "Commit while the preview loads"], "2026-02-21T10:00:00Z");
  });
  edit("content/about.md", (text) => `${text}\nThen saved.\n`);
  assert.equal(edits.apply([join(root, "content/about.md")]), undefined);
});

test("a record's file replaced by a symbolic link is not taken as a text edit, so the walk refuses a link out of the repository", async () => {
  const outside = mkdtempSync(join(tmpdir(), "living-atlases-test-outside-"));
  try {
    const { edits } = await loadEverything();
    const page = join(root, "content/pages/faq.md");
    const text = readFileSync(page, "utf8");
    writeFileSync(join(outside, "faq.md"), `${text}\nA text from outside the repository.\n`);
    rmSync(page);
    symlinkSync(join(outside, "faq.md"), page);
    try {
      assert.equal(edits.apply([page]), undefined);
    } finally {
      rmSync(page);
      writeFileSync(page, text);
    }
  } finally {
    removeTemporary(outside);
  }
});

test("every object of the real content's communities that carries a record's text is one that a saved text is put into", () => {
  const loaded = loadSiteContent(CODE_ROOT, { drafts: "include", placeholders: "preview" });
  for (const community of Object.values(buildCommunities(loaded.content, process.env.SITE_TODAY!, CODE_ROOT))) {
    // Every object reachable from the community that has a text of its own, by the file an editor changes for it.
    const carriers = new Map<string, Set<object>>();
    const seen = new Set<object>();
    const walk = (value: unknown) => {
      if (value === null || typeof value !== "object" || seen.has(value)) return;
      seen.add(value);
      const { localization, html } = value as { localization?: { source: string }; html?: unknown };
      if (localization && typeof html === "string") carriers.set(localization.source, (carriers.get(localization.source) ?? new Set()).add(value));
      for (const entry of value instanceof Map ? value.values() : Object.values(value)) walk(entry);
    };
    walk(community);
    assert.ok(carriers.size > 100, `only ${carriers.size} files' texts were found in ${community.language.code}`);
    for (const [source, objects] of carriers)
      assert.deepEqual(recordsShowing(community, source), objects, `the objects carrying ${source} in ${community.language.code}`);
  }
});
