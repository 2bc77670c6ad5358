// A symbolic link in a pull request can point anywhere on the machine that builds it. One that leaves the
// repository's content folders, loops or dangles is a problem line; one inside them is published as a real file;
// and the built site never holds a link, so `tar --dereference` can only upload files from the repository.
import assert from "node:assert/strict";
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { loadSiteContent } from "../src/content/load.ts";
import { formatProblem, sortProblems } from "../src/content/problems.ts";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { build } from "./helpers/site.ts";

const outside = mkdtempSync(join(tmpdir(), "living-atlases-outside-"));
const SECRET = "TOP SECRET: the build machine's private key";
writeFileSync(join(outside, "secret.pdf"), SECRET);
after(() => removeTemporary(outside));

const problemsOf = (root: string) => sortProblems(loadSiteContent(root).problems).map(formatProblem);

/** Every path under a folder whose entry is itself a symbolic link. */
function linksIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((path) => lstatSync(join(folder, path)).isSymbolicLink());
}

test("a link to a file outside a temporary repository stops the build with one line, and _site/ holds no link", () => {
  const root = makeRepository();
  try {
    const site = join(root, "_site");
    assert.equal(build(root, site).status, 0);
    symlinkSync(join(outside, "secret.pdf"), join(root, "assets/materials/test-workshop/secret.pdf"));
    const refused = build(root, site);
    assert.equal(refused.status, 1);
    assert.deepEqual(refused.stderr.trim().split("\n").slice(0, -2), [
      `assets/materials/test-workshop/secret.pdf:1: file: symbolic link to ${join(outside, "secret.pdf")} outside the repository (expected a real file)`,
    ]);
    assert.deepEqual(linksIn(site), []);

    // A link that stays inside the content folders is published as a copy of the file it points at.
    rmSync(join(root, "assets/materials/test-workshop/secret.pdf"));
    symlinkSync("slides.pdf", join(root, "assets/materials/test-workshop/same-slides.pdf"));
    mkdirSync(join(root, "assets/materials/linked"), { recursive: true });
    symlinkSync("../test-workshop", join(root, "assets/materials/linked/folder"));
    const built = build(root, site);
    assert.equal(built.status, 0, built.stderr);
    assert.deepEqual(linksIn(site), []);
    assert.equal(readFileSync(join(site, "assets/materials/test-workshop/same-slides.pdf"), "utf8"), "%PDF-1.4 test");
    for (const file of readdirSync(site, { recursive: true, encoding: "utf8" })) {
      if (lstatSync(join(site, file)).isFile()) assert.ok(!readFileSync(join(site, file)).includes(SECRET), file);
    }
  } finally {
    removeTemporary(root);
  }
});

test("links that leave the content folders, loop or dangle are each one problem line, and nothing depends on them", () => {
  const root = makeRepository();
  try {
    mkdirSync(join(root, ".git"), { recursive: true });
    writeFileSync(join(root, ".git/config"), "[http] extraheader = AUTHORIZATION: basic c2VjcmV0");
    symlinkSync("../../../.git/config", join(root, "assets/materials/test-workshop/config.pdf"));
    symlinkSync("loop.pdf", join(root, "assets/materials/test-workshop/loop.pdf"));
    symlinkSync("gone.pdf", join(root, "assets/materials/test-workshop/dangling.pdf"));
    symlinkSync(outside, join(root, "assets/materials/elsewhere"));
    symlinkSync("..", join(root, "assets/materials/test-workshop/up"));
    symlinkSync(join(outside, "secret.pdf"), join(root, "_data/participants/stolen.csv"));
    assert.deepEqual(problemsOf(root), [
      `_data/participants/stolen.csv:1: file: symbolic link to ${join(outside, "secret.pdf")} outside the repository (expected a real file)`,
      `assets/materials/elsewhere:1: file: symbolic link to ${outside} outside the repository (expected a real file)`,
      "assets/materials/test-workshop/config.pdf:1: file: symbolic link to .git/config, outside content/, _data/ and assets/ (expected a real file)",
      "assets/materials/test-workshop/dangling.pdf:1: file: is a symbolic link to a file that does not exist (expected a real file)",
      "assets/materials/test-workshop/loop.pdf:1: file: is a symbolic link that points back at itself (expected a real file)",
      "assets/materials/test-workshop/up:1: file: is a symbolic link to assets/materials, a folder that contains it (expected a real folder)",
    ]);
  } finally {
    removeTemporary(root);
  }
});

test("a data file replaced by a link out of the repository is reported once, not also as missing", () => {
  const root = makeRepository({ "_data/site.yaml": null });
  try {
    symlinkSync(join(outside, "secret.pdf"), join(root, "_data/site.yaml"));
    assert.deepEqual(problemsOf(root), [
      `_data/site.yaml:1: file: symbolic link to ${join(outside, "secret.pdf")} outside the repository (expected a real file)`,
    ]);
  } finally {
    removeTemporary(root);
  }
});
