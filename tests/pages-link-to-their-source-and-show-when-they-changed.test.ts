// Every page links to the file to edit it, and says when that file last changed in git, if there is a history.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { after, test } from "node:test";
import { byTag, parseHtml, text } from "./helpers/html.ts";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { build, readText } from "./helpers/site.ts";

const withHistory = makeRepository();
const withoutHistory = makeRepository();
after(() => [withHistory, withoutHistory].forEach((root) => removeTemporary(root)));

const git = (root: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Editor", "-c", "user.email=editor@example.org", ...args], {
    cwd: root,
    env: { ...process.env, GIT_AUTHOR_DATE: "2021-03-03T10:00:00Z", GIT_COMMITTER_DATE: "2021-03-03T10:00:00Z" },
  });

const pageMeta = (root: string, path: string) => {
  const footer = byTag(parseHtml(readText(join(root, "_site"), path)), "footer").find((element) => element.attribs.class === "wrap page-meta")!;
  return { text: text(footer), edit: byTag(footer as never, "a")[0]?.attribs.href };
};

test("with git history, a content page shows its last commit date and links to its file", () => {
  git(withHistory, "init", "-q", "-b", "main");
  git(withHistory, "add", ".");
  git(withHistory, "commit", "-q", "-m", "Content");
  const result = build(withHistory, join(withHistory, "_site"));
  assert.equal(result.status, 0, result.stderr);
  const meta = pageMeta(withHistory, "workshops/test-workshop/index.html");
  assert.equal(meta.edit, "https://github.com/example/site/edit/main/content/workshops/test-workshop.md");
  assert.match(meta.text, /Last updated 3 March 2021/);
});

test("without git history the date is left out quietly, and the edit link stays", () => {
  const result = build(withoutHistory, join(withoutHistory, "_site"));
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, "");
  const meta = pageMeta(withoutHistory, "news/2020-01-01-hello/index.html");
  assert.equal(meta.edit, "https://github.com/example/site/edit/main/content/news/2020-01-01-hello.md");
  assert.doesNotMatch(meta.text, /Last updated/);
});

test("generated pages link to their template", () => {
  assert.equal(pageMeta(withoutHistory, "workshops/index.html").edit, "https://github.com/example/site/edit/main/src/pages/workshops.11ty.tsx");
});
