// Pagefind's Node API never learns that its process ended: a request in flight would wait for ever, and a build with
// it, since the thread that drives Pagefind (src/search/pagefind-thread.ts) is held while an answer is awaited. An
// index whose process ends before it is built fails instead, with one line that says so.
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { IndexUnit } from "../src/search/pagefind-thread.ts";
import { removeTemporary } from "./helpers/repository.ts";

const folder = mkdtempSync(join(tmpdir(), "living-atlases-pagefind-ends-"));
after(() => removeTemporary(folder));

// A Pagefind that reads the start of its first request and ends, as one killed or out of memory would. Pagefind's API
// takes its binary from PAGEFIND_EXTENDED_BINARY_PATH, and the thread is given this process's environment.
const ending = join(folder, "pagefind-that-ends.sh");
writeFileSync(ending, "#!/bin/sh\nhead -c 10 > /dev/null\nexit 3\n");
chmodSync(ending, 0o755);
process.env.PAGEFIND_EXTENDED_BINARY_PATH = ending;

test("an index whose Pagefind process ends before answering fails with a line that says so, and does not wait for ever", { timeout: 30_000 }, async () => {
  const unit = new IndexUnit("en", 0);
  unit.add([
    {
      page: {
        url: "/about/",
        content: '<!DOCTYPE html><html lang="en"><head><title>About</title></head><body><main data-pagefind-body><h1>About</h1></main></body></html>',
      },
    },
  ]);
  await assert.rejects(unit.build(), /Pagefind's process ended \(3\) before the index was built/);
  // Stopping it afterwards, as a cancelled preview does, neither fails nor waits.
  await unit.stop();
});
