// The build hands each page to its language's Pagefind process as soon as it is rendered, so that Pagefind indexes
// it on another core while the next pages render. Eleventy renders in one chain of promises, and the build's event
// loop takes no turn until the last page: records must reach Pagefind without one (src/search/pagefind-thread.ts).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { pageRecord } from "../src/search/page-record.ts";
import { IndexUnit, startPagefindThread, type SearchRecord } from "../src/search/pagefind-thread.ts";

/** This process's Pagefind processes. */
const pagefindProcesses = (): string[] => {
  try {
    return execFileSync("pgrep", ["-P", String(process.pid), "-f", "pagefind.* --service"], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean);
  } catch {
    return [];
  }
};

/** The bytes a process has read so far, its pipe included, as Linux counts them. */
const bytesRead = (pid: string): number => Number(/^rchar: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, "utf8"))?.[1] ?? 0);

const page = (number: number): SearchRecord => ({
  page: {
    url: `/pages/${number}/`,
    content: `<!DOCTYPE html><html lang="en"><head><title>Page ${number}</title></head><body><main data-pagefind-body><h1>Page ${number}</h1><p>${`Occurrence records of species number ${number}. `.repeat(60)}</p></main></body></html>`,
  },
});

test("pages given to the index while the build's thread is busy reach Pagefind's process before the thread is free again", async () => {
  await startPagefindThread();
  const pages = Array.from({ length: 400 }, (_, number) => page(number));
  // Each page goes down the pipe as the text of its record (src/search/page-record.ts), which is less than its HTML.
  const given = pages.reduce((sum, record) => sum + ("page" in record ? pageRecord(record.page.url, record.page.content)!.content.length : 0), 0);
  assert.ok(given > 10 * 65_536, "the pages are many times what a pipe holds");
  const unit = new IndexUnit("en", 0);
  for (const record of pages) unit.add([record]);
  // Busy as rendering is: no turn of this thread's event loop until Pagefind has read them all, or 30 seconds pass.
  const until = Date.now() + 30_000;
  let read = 0;
  while (Date.now() < until) {
    const [pid] = pagefindProcesses();
    read = pid ? bytesRead(pid) : 0;
    if (read >= given) break;
  }
  assert.ok(read >= given, `Pagefind read ${read} bytes while this thread was busy, of the ${given} bytes of text in the pages given to it`);
  const files = await unit.build();
  assert.ok(
    files.some((file) => file.path === "pagefind-entry.json"),
    "the index is built from them",
  );
});
