// A compiled build that goes on from the last one gives Pagefind each page unchanged since then as the record the last
// build's search thread read from its HTML, kept in .cache/search-index/ by the digest of its address and HTML
// (src/search/kept-records.ts), rather than reading the page again. The index is the one a build that reads every page
// writes; a changed page, a record naming another address, a kept file of the wrong shape, and a build with --full
// read the HTML.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { deserialize, serialize } from "node:v8";
import type { CustomRecord } from "pagefind";
import { CODE_VERSION_VARIABLE } from "../src/kept-values.ts";
import { pageDigest } from "../src/search/kept-indexes.ts";
import { KEPT_RECORDS_FILE, KeptPageRecords } from "../src/search/kept-records.ts";
import { pageRecord } from "../src/search/page-record.ts";
import { runLaunched } from "./helpers/cli.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { fragmentsOf, siteSnapshot } from "./helpers/site.ts";

const root = makeRepository();
after(() => removeTemporary(root));
const recordsFile = join(root, ".cache/search-index", KEPT_RECORDS_FILE);

let builds = 0;
/** Builds the content into the same folder, as editors do, and gives that folder. */
function build(...extra: string[]): string {
  const output = join(root, "_site");
  const result = runLaunched("build", ["--output", output, ...extra], root, { SITE_TODAY: "2026-11-21" });
  assert.equal(result.status, 0, result.stderr);
  builds++;
  return output;
}

/** Each English record Pagefind wrote, by address. */
const fragments = (site: string) => new Map(fragmentsOf<{ url: string; content: string }>(site, "en").map(({ url, content }) => [url, content]));

/** The kept records as the last build wrote them: its header line, and each page's digest with its record. */
function keptRecords(): { header: Buffer; records: Array<[string, CustomRecord | null]> } {
  const bytes = readFileSync(recordsFile);
  const end = bytes.indexOf(10) + 1;
  return { header: bytes.subarray(0, end), records: deserialize(bytes.subarray(end)) as Array<[string, CustomRecord | null]> };
}

/** Rewrites the kept record of the page at `url` with `change`. */
function forge(url: string, change: (record: CustomRecord) => CustomRecord): void {
  const { header, records } = keptRecords();
  const position = records.findIndex(([, record]) => record?.url === url);
  assert.ok(position >= 0, `a record of ${url} is kept`);
  records[position] = [records[position]![0], change(records[position]![1]!)];
  writeFileSync(recordsFile, Buffer.concat([header, serialize(records)]));
}

/** Saves the FAQ page with other words, so that the English index is built again and takes its other pages from the kept records. */
const saveAnotherPage = () =>
  writeFileSync(join(root, "content/pages/faq.md"), VALID_FILES["content/pages/faq.md"]!.replace("An answer.", `An answer, saved ${builds} times.`));

const FORGED = "zyxwordonlyinthekeptrecord";

test("a page unchanged since the last build reaches the index as the record read from it then, and the index is the one every page read again gives", () => {
  const site = build();
  const indexed = fragments(site);
  assert.ok(indexed.has("/about/") && indexed.has("/faq/"), [...indexed.keys()].join(", "));
  const kept = new Map(keptRecords().records.flatMap(([, record]) => (record ? [[record.url, record] as const] : [])));
  for (const url of indexed.keys()) if (!url.startsWith("/materials/") && !url.includes(".")) assert.ok(kept.has(url), `the record of ${url} is kept`);

  forge("/about/", (record) => ({ ...record, content: `${record.content} ${FORGED}` }));
  saveAnotherPage();
  let next = fragments(build());
  assert.match(next.get("/about/")!, new RegExp(FORGED), "the unchanged About page was not read again: its kept record was taken");
  assert.match(next.get("/faq/")!, /saved 1 times/, "the saved page was read");

  // The page itself saved: its HTML changed, and is read.
  writeFileSync(join(root, "content/about.md"), VALID_FILES["content/about.md"]!.replace("We build portals.", "We build and run portals."));
  next = fragments(build());
  assert.doesNotMatch(next.get("/about/")!, new RegExp(FORGED));
  assert.match(next.get("/about/")!, /We build and run portals/);

  // The index is the one Pagefind builds when every page is read again.
  saveAnotherPage();
  const going = siteSnapshot(build());
  rmSync(join(root, ".cache/search-index"), { recursive: true });
  const fromNothing = siteSnapshot(build());
  const search = (hashes: Record<string, string>) => Object.entries(hashes).filter(([path]) => path.startsWith("pagefind/"));
  assert.ok(search(going).length > 10);
  assert.deepEqual(search(going), search(fromNothing));
});

test("a kept record naming another address, or of another shape, is not taken, nor is any with --full", () => {
  build();
  const cases: Array<[string, (record: CustomRecord) => CustomRecord]> = [
    ["another address", (record) => ({ ...record, url: "javascript:alert(1)//", content: `${record.content} ${FORGED}` })],
    ["content that is not text", (record) => ({ ...record, content: [FORGED] as unknown as string })],
    ["a filter that is not a list", (record) => ({ ...record, content: `${record.content} ${FORGED}`, filters: { type: FORGED as unknown as string[] } })],
  ];
  for (const [name, change] of cases) {
    forge("/about/", change);
    saveAnotherPage();
    const next = fragments(build());
    assert.ok(!next.has("javascript:alert(1)//"), name);
    assert.doesNotMatch(next.get("/about/")!, new RegExp(FORGED), name);
  }
  forge("/about/", (record) => ({ ...record, content: `${record.content} ${FORGED}` }));
  saveAnotherPage();
  rmSync(join(root, ".cache/search-index/en.v8"));
  assert.doesNotMatch(fragments(build("--full")).get("/about/")!, new RegExp(FORGED), "--full reads every page");
});

test("a kept record reads back as the page's own reading, names such as constructor and __proto__ included", () => {
  const folder = makeRepository();
  const earlier = process.env[CODE_VERSION_VARIABLE];
  process.env[CODE_VERSION_VARIABLE] = "0123456789abcdef";
  try {
    const page = {
      url: "/odd/",
      content:
        '<html lang="en"><body><main data-pagefind-body><h1>Odd</h1><p data-pagefind-meta="constructor:a" data-pagefind-sort="toString:e">Text</p><p data-pagefind-filter="__proto__:c">More</p><p data-pagefind-filter="constructor:d" data-pagefind-meta="__proto__:b">And more</p></main></body></html>',
    };
    const unmarked = { url: "/plain/", content: "<html><body><p>No marked body</p></body></html>" };
    const file = join(folder, "records.v8");
    const fresh = JSON.stringify(pageRecord(page.url, page.content));
    const first = new KeptPageRecords(file);
    assert.equal(JSON.stringify(first.recordOf(page)), fresh);
    assert.equal(first.recordOf(unmarked), undefined);
    first.keep([page, unmarked].map(pageDigest));
    const kept = deserialize(readFileSync(file).subarray("0123456789abcdef\n".length)) as Array<[string, CustomRecord | null]>;
    assert.deepEqual(kept.map(([, record]) => record?.url ?? null).sort(), ["/odd/", null].sort());

    // Pagefind's API sends each record as JSON: the kept one gives the same, with every name in place.
    const second = new KeptPageRecords(file);
    const again = second.recordOf(page)!;
    assert.equal(JSON.stringify(again), fresh);
    assert.deepEqual(Object.keys(again.filters!).sort(), ["__proto__", "constructor"]);
    assert.deepEqual(Object.keys(again.meta!).sort(), ["__proto__", "constructor", "title"]);
    assert.equal(Object.getPrototypeOf(again.filters), null);
    assert.equal(second.recordOf(unmarked), undefined);
  } finally {
    if (earlier === undefined) delete process.env[CODE_VERSION_VARIABLE];
    else process.env[CODE_VERSION_VARIABLE] = earlier;
    removeTemporary(folder);
  }
});

test("a page holding a lone surrogate and one holding U+FFFD in its place, which hash alike as UTF-8, are kept apart", () => {
  const lone = { url: "/odd/", content: '<html lang="en"><body><main data-pagefind-body><p>a\ud800b</p></main></body></html>' };
  const replaced = { ...lone, content: lone.content.replace("\ud800", "\ufffd") };
  assert.notEqual(pageDigest(lone), pageDigest(replaced));
  assert.notEqual(pageRecord(lone.url, lone.content)!.content, pageRecord(replaced.url, replaced.content)!.content, "they read differently");
  // A page without one is named as before: by its address and its HTML as UTF-8.
  const plain = { url: "/plain/", content: "<p>Ñandú 🦜</p>" };
  assert.equal(pageDigest(plain), createHash("sha256").update("/plain/").update("\0").update(plain.content).digest("hex"));
});

test("a kept file whose list is huge and nearly empty is not walked", () => {
  const folder = makeRepository();
  const earlier = process.env[CODE_VERSION_VARIABLE];
  process.env[CODE_VERSION_VARIABLE] = "0123456789abcdef";
  try {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 28;
    sparse[5] = ["digest", null];
    const file = join(folder, "records.v8");
    writeFileSync(file, Buffer.concat([Buffer.from("0123456789abcdef\n"), serialize(sparse)]));
    const started = performance.now();
    const page = { url: "/plain/", content: '<html lang="en"><body><main data-pagefind-body><p>Text</p></main></body></html>' };
    assert.equal(JSON.stringify(new KeptPageRecords(file).recordOf(page)), JSON.stringify(pageRecord(page.url, page.content)));
    assert.ok(performance.now() - started < 2000, `read in ${Math.round(performance.now() - started)} ms`);
  } finally {
    if (earlier === undefined) delete process.env[CODE_VERSION_VARIABLE];
    else process.env[CODE_VERSION_VARIABLE] = earlier;
    removeTemporary(folder);
  }
});
