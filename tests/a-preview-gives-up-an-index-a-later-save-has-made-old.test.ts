// While previewing, the search index is rebuilt in the background after each save; a later save cancels the one still
// being built, whose pages it has made old. A cancelled index ends its Pagefind processes at once and writes no entry
// file, so the index the site serves stays the last one written whole; an index not cancelled is written as before.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { buildCommunities } from "../src/collections/community.ts";
import { loadSiteContent } from "../src/content/load.ts";
import { startSearchIndex, type RenderedPage } from "../src/search/index.ts";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";

const root = makeRepository();
const output = mkdtempSync(join(tmpdir(), "living-atlases-cancel-"));
after(() => {
  removeTemporary(root);
  removeTemporary(output);
});

const communities = () => Object.values(buildCommunities(loadSiteContent(root, { drafts: "include", placeholders: "preview" }).content, "2026-11-21", root));
const page = (url: string, text: string, language = "en"): RenderedPage => ({
  url,
  content: `<!DOCTYPE html><html lang="${language}"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1></main></body></html>`,
});
/** Pagefind processes this test's process runs now (other test files run their own at the same time). */
const pagefindProcesses = () => {
  try {
    return execFileSync("pgrep", ["-P", String(process.pid), "-f", "pagefind.* --service"], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean).length;
  } catch {
    return 0;
  }
};

test("an index not cancelled writes its entry file, listing its languages", async () => {
  const index = await startSearchIndex(communities(), root);
  index.complete(output, [page("/workshops/test-workshop/", "Zebrafish workshop")]);
  const report = await index.finish();
  assert.equal(report.languages.find(({ code }) => code === "en")?.pages, 1);
  assert.ok(existsSync(join(output, "pagefind", "pagefind-entry.json")));
});

test("a cancelled index ends its processes, fails its finish, and leaves the entry file the last index wrote", async () => {
  const entry = readFileSync(join(output, "pagefind", "pagefind-entry.json"), "utf8");
  const index = await startSearchIndex(communities(), root);
  // Enough pages for Pagefind to take seconds over them, so a process left to finish would still be running.
  const words = Array.from({ length: 400 }, (_, word) => `axolotl${word}`).join(" ");
  index.complete(
    output,
    Array.from({ length: 3500 }, (_, number) => page(`/pages/${number}/`, `Page ${number} ${words}`)),
  );
  await index.cancel();
  // A process ends between two requests (a batch of 500 records): in well under the seconds the whole index takes.
  const ended = Date.now() + 1500;
  while (pagefindProcesses() > 0 && Date.now() < ended) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(pagefindProcesses(), 0, "the cancelled index's Pagefind processes ended with the cancel");
  await assert.rejects(index.finish());
  assert.equal(readFileSync(join(output, "pagefind", "pagefind-entry.json"), "utf8"), entry);
});

test("after a cancel, the next indexes of the preview get processes of their own, and are written whole", async () => {
  for (const round of [1, 2, 3]) {
    const index = await startSearchIndex(communities(), root);
    // A page in a second language, so that two processes build at once.
    index.complete(output, [page("/workshops/test-workshop/", `Round ${round} workshop`), page("/es/acerca/", `Ronda ${round}`, "es")]);
    const report = await index.finish();
    assert.equal(report.languages.find(({ code }) => code === "en")?.pages, 1, `round ${round}`);
    assert.match(readFileSync(join(output, "pagefind", "pagefind-entry.json"), "utf8"), /"es":/);
  }
  assert.equal(pagefindProcesses(), 0);
});
