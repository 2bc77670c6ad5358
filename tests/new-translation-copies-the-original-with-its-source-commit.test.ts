// `npm run new -- translation <file> <language>` writes the translation beside its original: source_commit set to the
// original's last commit, the type's translatable fields and the text copied for the translator to translate. It
// replaces an existing translation only with --force, and refuses, in one line each, what it cannot translate.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, rmdirSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import matter from "gray-matter";
import { loadSiteContent } from "../src/content/load.ts";
import { formatProblem } from "../src/content/problems.ts";
import { runTool } from "./helpers/cli.ts";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { git, WITH_LANGUAGES } from "./helpers/translated-repository.ts";

const WORKSHOP = `---
title: Test workshop
kind: workshop
start: 2018-02-19
location:
  city: Madrid
  country: ES
summary: Five days in Madrid.
participants: test-workshop.csv
materials:
  - title: Slides
    url: /assets/materials/test-workshop/slides.pdf
    kind: slides
    authors: [Ana Pérez]
  - title: "Recording: day one"
    url: https://video.example.org/day-one
    kind: video
---

## Programme

Day one: [the map](/map/).
`;

let root: string;
let committed: string;
before(() => {
  root = makeRepository({ "_data/site.yaml": WITH_LANGUAGES, "content/workshops/test-workshop.md": WORKSHOP });
  git(root, ["init", "-q", "-b", "main"]);
  git(root, ["add", "-A"]);
  git(root, ["commit", "-q", "-m", "Start the site"]);
  committed = git(root, ["log", "-1", "--format=%H", "--", "content/workshops/test-workshop.md"]);
});
after(() => removeTemporary(root));

const newTranslation = (...args: string[]) => runTool("new.ts", ["translation", ...args], root);
const read = (path: string) => readFileSync(join(root, path), "utf8");

describe("a new translation", () => {
  test("is written beside its original with source_commit, the translatable fields (a material's url and title) and the text", () => {
    const result = newTranslation("content/workshops/test-workshop.md", "es");
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.split("\n")[0], "content/workshops/test-workshop.es.md");
    const written = matter(read("content/workshops/test-workshop.es.md"));
    assert.deepEqual(written.data, {
      source_commit: committed,
      title: "Test workshop",
      summary: "Five days in Madrid.",
      materials: [
        { url: "/assets/materials/test-workshop/slides.pdf", title: "Slides" },
        { url: "https://video.example.org/day-one", title: "Recording: day one" },
      ],
    });
    assert.equal(written.content, "\n## Programme\n\nDay one: [the map](/map/).\n");
  });

  test("is refused by the check until its text is translated, and then is a current translation", () => {
    const copied = loadSiteContent(root);
    assert.deepEqual(copied.problems.map(formatProblem), [
      "content/workshops/test-workshop.es.md:14: body: is still the original's text (expected it translated; npm run new copies it for you to write over)",
    ]);
    const file = join(root, "content/workshops/test-workshop.es.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("Day one: [the map](/map/).", "Primer día: [el mapa](/map/)."));
    const loaded = loadSiteContent(root);
    assert.deepEqual(loaded.problems.map(formatProblem), []);
    assert.deepEqual(
      loaded.content.translations.map(({ source, state }) => [source, state]),
      [["content/workshops/test-workshop.es.md", "current"]],
    );
  });

  test("of a page outside a type's folder, such as content/about.md, takes that type's fields", () => {
    const result = newTranslation("content/about.md", "fr");
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(matter(read("content/about.fr.md")).data, { source_commit: committed, title: "About", summary: "Who we are." });
  });
});

describe("an existing translation", () => {
  test("is not replaced without --force, and the message says how", () => {
    writeFileSync(join(root, "content/workshops/test-workshop.es.md"), "---\nsource_commit: 0123456\ntitle: Taller de prueba\n---\n\nTraducido.\n");
    const result = newTranslation("content/workshops/test-workshop.md", "es");
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr,
      "content/workshops/test-workshop.es.md already exists: edit it, or add --force to replace it with a new copy of the original\n",
    );
    assert.match(read("content/workshops/test-workshop.es.md"), /Taller de prueba/);
  });

  test("is replaced by a new copy of the original with --force", () => {
    const result = newTranslation("content/workshops/test-workshop.md", "es", "--force");
    assert.equal(result.status, 0, result.stderr);
    assert.equal(matter(read("content/workshops/test-workshop.es.md")).data.source_commit, committed);
  });
  test("that is a symbolic link is never written through, even with --force, and what it points at is left as it was", () => {
    const outside = join(tmpdir(), `living-atlases-outside-${process.pid}.txt`);
    writeFileSync(outside, "kept\n");
    const link = join(root, "content/pages/faq.es.md");
    symlinkSync(outside, link);
    try {
      for (const force of [[], ["--force"]]) {
        const result = newTranslation("content/pages/faq.md", "es", ...force);
        assert.deepEqual(
          [result.status, result.stderr],
          [1, "content/pages/faq.es.md is a symbolic link (expected no file there, or a translation; delete it first)\n"],
        );
      }
      assert.equal(readFileSync(outside, "utf8"), "kept\n");
    } finally {
      unlinkSync(link);
      unlinkSync(outside);
    }
  });

  test("that is a folder, or a link to nothing, is refused in one line, without a stack trace", () => {
    mkdirSync(join(root, "content/pages/faq.fr.md"));
    symlinkSync(join(root, "nowhere.md"), join(root, "content/pages/faq.es.md"));
    try {
      assert.deepEqual(
        newTranslation("content/pages/faq.md", "fr", "--force").stderr,
        "content/pages/faq.fr.md is not a regular file (expected no file there, or a translation; delete it first)\n",
      );
      assert.deepEqual(
        newTranslation("content/pages/faq.md", "es").stderr,
        "content/pages/faq.es.md is a symbolic link (expected no file there, or a translation; delete it first)\n",
      );
    } finally {
      rmdirSync(join(root, "content/pages/faq.fr.md"));
      unlinkSync(join(root, "content/pages/faq.es.md"));
    }
  });

  test("of an original that is a symbolic link is refused: its target could lie outside the repository", () => {
    const outside = join(tmpdir(), `living-atlases-outside-${process.pid}.md`);
    writeFileSync(outside, "---\ntitle: Secret\nsummary: Outside.\n---\n\nSecret text.\n");
    symlinkSync(outside, join(root, "content/pages/leak.md"));
    try {
      const result = newTranslation("content/pages/leak.md", "es");
      assert.deepEqual(
        [result.status, result.stderr],
        [1, "content/pages/leak.md is not a regular file (expected the original itself, not a link or a folder)\n"],
      );
      assert.throws(() => read("content/pages/leak.es.md"), /ENOENT/);
    } finally {
      unlinkSync(join(root, "content/pages/leak.md"));
      unlinkSync(outside);
    }
  });
});

describe("what cannot be translated is refused in one line, and nothing is written", () => {
  const refusals: Array<[string, string[], string]> = [
    [
      "a language the site is not translated into",
      ["content/about.md", "de"],
      '"de" is not a language the site is translated into (expected one of es, fr, as listed in _data/site.yaml)',
    ],
    [
      "English, the language content is written in",
      ["content/about.md", "en"],
      '"en" is the language content is written in (expected the language to translate into: es, fr)',
    ],
    [
      "a file that is not content",
      ["_data/site.yaml", "es"],
      "_data/site.yaml is not a content file (expected the file of a page, workshop, partner, news post or project, such as content/about.md or content/workshops/<name>.md)",
    ],
    ["a translation", ["content/about.fr.md", "es"], "content/about.fr.md is a translation itself (expected its original, content/about.md)"],
    [
      "a file that does not exist",
      ["content/pages/nothing.md", "es"],
      "content/pages/nothing.md does not exist (expected the original's path from the repository's folder, such as content/about.md)",
    ],
  ];
  for (const [what, args, message] of refusals) {
    test(what, () => {
      const result = newTranslation(...args);
      assert.deepEqual([result.status, result.stderr, result.stdout], [1, `${message}\n`, ""]);
    });
  }

  test("an original without a commit, whose version a translation could not record", () => {
    writeFileSync(join(root, "content/pages/draft-page.md"), "---\ntitle: New page\nsummary: Not committed yet.\n---\n\nText.\n");
    const result = newTranslation("content/pages/draft-page.md", "es");
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr,
      "content/pages/draft-page.md has no commit yet (expected a committed original: commit it first, so the translation records the version it translates)\n",
    );
    assert.throws(() => read("content/pages/draft-page.es.md"), /ENOENT/);
  });

  test("a missing language, with the usage", () => {
    const result = newTranslation("content/about.md");
    assert.equal(result.status, 2);
    assert.match(
      result.stderr,
      /^Give the original's file and the language to translate it into, such as: npm run new -- translation content\/about\.md es\nusage: /,
    );
  });
});
