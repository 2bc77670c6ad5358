// A build publishes exactly the material files it is given, each as a regular file read through any link, and
// only from the repository's assets/ folder: a link to a file elsewhere (/etc/passwd, .git/config) publishes and
// indexes nothing, and stops the build naming the file. Pictures are published only as their resized versions.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { copyMaterials } from "../src/assets/static-files.ts";
import { ContentProblems, formatProblem } from "../src/content/problems.ts";
import { MaterialTextCache } from "../src/search/extract.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { build, listFiles } from "./helpers/site.ts";

const folder = mkdtempSync(join(tmpdir(), "living-atlases-materials-"));
after(() => removeTemporary(folder));

const EXPECTED = "expected a file stored in the repository under assets/";
const SLIDES = Buffer.from("%PDF-1.4 the slides");

/** A project whose materials folder holds real files, links inside it, and links to what must never be published. */
function projectWithLinks(): { root: string; outside: string } {
  const root = join(folder, `project-${Math.random().toString(36).slice(2)}`);
  const outside = join(folder, "outside-the-project.txt");
  writeFileSync(outside, "SECRETWORD from outside the repository");
  const materials = join(root, "assets/materials/workshop");
  mkdirSync(materials, { recursive: true });
  mkdirSync(join(root, ".git"), { recursive: true });
  writeFileSync(join(root, ".git/config"), "[http] extraheader = AUTHORIZATION: basic SECRETWORD");
  writeFileSync(join(materials, "slides.pdf"), SLIDES);
  writeFileSync(join(materials, "diagram.svg"), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  writeFileSync(join(materials, "deck.html"), "<!doctype html><title>Deck</title><p onclick=alert(1)>Deck text</p><script>alert(2)</script>");
  symlinkSync("slides.pdf", join(materials, "same slides.pdf"));
  symlinkSync("workshop", join(root, "assets/materials/linked-folder"));
  symlinkSync(outside, join(materials, "passwd.pdf"));
  symlinkSync(outside, join(materials, "passwd.html"));
  symlinkSync("../../../.git/config", join(materials, "config.pdf"));
  symlinkSync("nowhere.pdf", join(materials, "dangling.pdf"));
  symlinkSync("loop.pdf", join(materials, "loop.pdf"));
  spawnSync("mkfifo", [join(materials, "pipe.pdf")]);
  return { root, outside };
}

async function problemsOf(work: Promise<void>): Promise<string[]> {
  try {
    await work;
    return [];
  } catch (error) {
    assert.ok(error instanceof ContentProblems, String(error));
    return error.problems.map(formatProblem);
  }
}

/** Every file and folder under a folder that is a symbolic link. */
function linksUnder(top: string): string[] {
  const links: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      const stats = lstatSync(path);
      if (stats.isSymbolicLink()) links.push(path);
      else if (stats.isDirectory()) walk(path);
    }
  };
  walk(top);
  return links;
}

describe("copyMaterials", () => {
  test("copies each file given, read through links, as a regular file, and HTML as its cleaned copy", async () => {
    const { root } = projectWithLinks();
    const output = join(root, "_site");
    await copyMaterials(root, output, [
      "/assets/materials/workshop/slides.pdf",
      "/assets/materials/workshop/same slides.pdf",
      "/assets/materials/linked-folder/slides.pdf",
      "/assets/materials/workshop/deck.html",
    ]);
    assert.deepEqual(listFiles(output), [
      "assets/materials/linked-folder/slides.pdf",
      "assets/materials/workshop/deck.html",
      "assets/materials/workshop/same slides.pdf",
      "assets/materials/workshop/slides.pdf",
    ]);
    assert.deepEqual(linksUnder(output), []);
    for (const file of ["workshop/slides.pdf", "workshop/same slides.pdf", "linked-folder/slides.pdf"])
      assert.deepEqual(readFileSync(join(output, "assets/materials", file)), SLIDES, file);
    const deck = readFileSync(join(output, "assets/materials/workshop/deck.html"), "utf8");
    assert.match(deck, /^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.match(deck, /<p>Deck text<\/p>/);
    assert.doesNotMatch(deck, /alert/);
  });

  test("replaces a link already standing in the output instead of writing through it", async () => {
    const { root, outside } = projectWithLinks();
    const output = join(root, "_site");
    mkdirSync(join(output, "assets/materials/workshop"), { recursive: true });
    symlinkSync(outside, join(output, "assets/materials/workshop/slides.pdf"));
    await copyMaterials(root, output, ["/assets/materials/workshop/slides.pdf"]);
    assert.ok(lstatSync(join(output, "assets/materials/workshop/slides.pdf")).isFile());
    assert.equal(readFileSync(outside, "utf8"), "SECRETWORD from outside the repository");
  });

  test("refuses kinds browsers run, links out of assets/, links to nothing or to themselves, pipes and paths outside the materials, naming each", async () => {
    const { root, outside } = projectWithLinks();
    const output = join(root, "_site");
    const problems = await problemsOf(
      copyMaterials(root, output, [
        "/assets/materials/workshop/passwd.pdf",
        "/assets/materials/workshop/passwd.html",
        "/assets/materials/workshop/config.pdf",
        "/assets/materials/workshop/dangling.pdf",
        "/assets/materials/workshop/loop.pdf",
        "/assets/materials/workshop/pipe.pdf",
        "/assets/materials/workshop/../../../.git/config",
        "/assets/images/favicon.svg",
        "/assets/materials/workshop/diagram.svg",
      ]),
    );
    assert.deepEqual(problems, [
      `assets/images/favicon.svg:1: file: is not a file under assets/materials/`,
      `assets/materials/workshop/../../../.git/config:1: file: is not a file under assets/materials/`,
      `assets/materials/workshop/config.pdf:1: file: is a link to ${join(root, ".git/config")}, outside the repository's assets/ folder (${EXPECTED})`,
      `assets/materials/workshop/dangling.pdf:1: file: does not exist, or is a link to nothing (${EXPECTED})`,
      `assets/materials/workshop/diagram.svg:1: file: is a .svg file, which browsers run scripts inside (expected one of PDF, PowerPoint, Keynote, Word, Excel, OpenDocument, CSV, plain text, Markdown, PNG, JPEG, GIF, WebP, MP4, WebM, MP3, OGG, ZIP or HTML)`,
      `assets/materials/workshop/loop.pdf:1: file: is a link that leads back to itself (${EXPECTED})`,
      `assets/materials/workshop/passwd.html:1: file: is a link to ${outside}, outside the repository's assets/ folder (${EXPECTED})`,
      `assets/materials/workshop/passwd.pdf:1: file: is a link to ${outside}, outside the repository's assets/ folder (${EXPECTED})`,
      `assets/materials/workshop/pipe.pdf:1: file: is not a regular file (${EXPECTED})`,
    ]);
    const published = (existsSync(output) ? listFiles(output) : []).map((file) => readFileSync(join(output, file), "utf8"));
    assert.ok(!published.some((text) => text.includes("SECRETWORD")));
  });

  test("search reads no text through a link out of assets/", async () => {
    const { root, outside } = projectWithLinks();
    const texts = await MaterialTextCache.open(join(root, ".cache/material-text"));
    assert.deepEqual(await texts.extract(root, "/assets/materials/workshop/passwd.html"), {
      error: `is a link to ${outside}, outside the repository's assets/ folder (${EXPECTED})`,
    });
    assert.deepEqual(await texts.extract(root, "/assets/materials/workshop/deck.html"), { text: "Deck Deck text", from: "file" });
  });
});

describe("a build", () => {
  const root = makeRepository({
    "assets/materials/test-workshop/notes.txt": "Notes",
    "assets/images/news/picture.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace(
      "materials:\n",
      "materials:\n  - title: Same slides\n    url: /assets/materials/linked/slides.pdf\n    kind: slides\n",
    ),
  });
  symlinkSync("test-workshop", join(root, "assets/materials/linked"));
  after(() => removeTemporary(root));

  test("publishes every material as a regular file, and no picture as it was added", () => {
    const output = join(root, "_site");
    const result = build(root, output);
    assert.equal(result.status, 0, result.stderr);
    const files = listFiles(output);
    assert.deepEqual(
      files.filter((file) => file.startsWith("assets/materials/")),
      [
        "assets/materials/linked/notes.txt",
        "assets/materials/linked/slides.pdf",
        "assets/materials/test-workshop/notes.txt",
        "assets/materials/test-workshop/slides.pdf",
      ],
    );
    assert.deepEqual(linksUnder(output), []);
    assert.deepEqual(
      files.filter((file) => file.startsWith("assets/images/") && !file.startsWith("assets/images/generated/")),
      [],
    );
  });
});
