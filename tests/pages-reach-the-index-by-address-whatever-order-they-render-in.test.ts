// A build gives each page to its language's Pagefind process as it renders, so that Pagefind indexes it while the next
// pages render. Pagefind's files depend on the order its records arrive in, and the order Eleventy renders pages in
// varies between builds: each page is handed on once every page expected before it in its language, by address, has
// rendered (src/search/pages.ts), and the index comes out the same whatever the order the pages rendered in.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { buildCommunities } from "../src/collections/community.ts";
import { loadSiteContent } from "../src/content/load.ts";
import { AddressOrder } from "../src/search/pages.ts";
import { startSearchIndex, type RenderedPage } from "../src/search/index.ts";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { siteSnapshot } from "./helpers/site.ts";

const root = makeRepository();
const output = mkdtempSync(join(tmpdir(), "living-atlases-order-"));
after(() => {
  removeTemporary(root);
  removeTemporary(output);
});

const page = (url: string, language = "en"): RenderedPage => ({
  url,
  content: `<!DOCTYPE html><html lang="${language}"><head><title>${url}</title></head><body><main data-pagefind-body><h1>Page ${url}</h1><p>${`Occurrence records kept at ${url}. `.repeat(20)}</p></main></body></html>`,
});

/** The same list in another order, fixed by `seed`, so a failure can be run again. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let position = copy.length - 1; position > 0; position--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const other = state % (position + 1);
    [copy[position], copy[other]] = [copy[other]!, copy[position]!];
  }
  return copy;
}

test("a page is handed on as soon as every page expected before it in its group has rendered, and in address order", () => {
  const handed: string[] = [];
  const order = new AddressOrder((page) => handed.push(page.url));
  order.expect([
    ["/b/", "/a/", "/c/"],
    ["/es/a/", "/es/b/"],
  ]);
  order.rendered(page("/b/"));
  assert.deepEqual(handed, [], "/b/ waits for /a/");
  order.rendered(page("/es/a/", "es"));
  assert.deepEqual(handed, ["/es/a/"], "a group does not wait for another");
  order.rendered(page("/a/"));
  assert.deepEqual(handed, ["/es/a/", "/a/", "/b/"]);
  order.rendered(page("/unexpected/"));
  order.rendered(page("/c/"));
  order.rendered(page("/es/b/", "es"));
  assert.deepEqual(handed, ["/es/a/", "/a/", "/b/", "/c/", "/es/b/"], "a page no group expects is never handed on");
  assert.deepEqual(
    order.finalOrder([page("/unexpected/"), page("/c/"), page("/a/"), page("/es/b/"), page("/b/"), page("/es/a/")]).map(({ url }) => url),
    ["/a/", "/b/", "/c/", "/es/a/", "/es/b/", "/unexpected/"],
    "the index takes the expected pages by address, then the others",
  );
});

test("an index whose pages render in different orders writes the same files", async () => {
  const communities = () => Object.values(buildCommunities(loadSiteContent(root, { drafts: "include", placeholders: "preview" }).content, "2026-11-21", root));
  const english = Array.from({ length: 40 }, (_, number) => page(`/pages/${String(number).padStart(2, "0")}/`));
  const spanish = Array.from({ length: 10 }, (_, number) => page(`/es/pages/${number}/`, "es"));
  // One page no language expects (as a list page would be, were it indexed): it goes after the expected ones.
  const all = [...english, ...spanish, page("/about/")];
  const snapshots = [];
  for (const [run, rendered] of [all, [...all].reverse(), shuffled(all, 7)].entries()) {
    // Each index built by Pagefind, not taken from the last run's as a language given the same records would be.
    rmSync(join(root, ".cache", "search-index"), { recursive: true, force: true });
    const index = await startSearchIndex(communities(), root);
    index.expect([english.map(({ url }) => url), spanish.map(({ url }) => url)]);
    for (const each of rendered) index.rendered(each);
    const site = join(output, `run-${run}`);
    index.complete(site, rendered);
    const report = await index.finish();
    assert.equal(report.languages.find(({ code }) => code === "en")?.pages, 41, `run ${run}`);
    snapshots.push(siteSnapshot(site));
  }
  assert.ok(
    Object.keys(snapshots[0]!).some((file) => file.startsWith("pagefind/index/")),
    "Pagefind's word index is compared byte for byte",
  );
  for (const snapshot of snapshots.slice(1)) assert.deepEqual(snapshot, snapshots[0]);
});
