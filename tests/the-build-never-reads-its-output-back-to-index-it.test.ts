// The search index is built from the HTML Eleventy hands over as it renders, never by reading the written site
// back: a build run with every file read of the process logged reads no HTML page from its output folder.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { REPOSITORY } from "./helpers/site.ts";

const folder = mkdtempSync(join(tmpdir(), "living-atlases-reads-"));
const root = makeRepository();
after(() => {
  removeTemporary(folder);
  removeTemporary(root);
});

/** Loaded before the build: logs each HTML file under the watched folder that the process opens for reading. */
const RECORDER = `
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
const watched = process.env.WATCHED_FOLDER, log = process.env.READS_LOG;
const note = (path) => { const text = String(path); if (text.startsWith(watched) && text.endsWith(".html")) fs.appendFileSync(log, text + "\\n"); };
for (const name of ["readFile", "readFileSync", "createReadStream", "open", "openSync"]) {
  const original = fs[name];
  fs[name] = function (path, ...rest) { note(path); return original.call(this, path, ...rest); };
}
for (const name of ["readFile", "open"]) {
  const original = fs.promises[name];
  fs.promises[name] = function (path, ...rest) { note(path); return original.call(this, path, ...rest); };
}
syncBuiltinESMExports();
`;

function buildRecorded(output: string, log: string) {
  const recorder = join(folder, "recorder.mjs");
  writeFileSync(recorder, RECORDER);
  writeFileSync(log, "");
  return spawnSync(process.execPath, ["--import", recorder, "--import", "tsx", join(REPOSITORY, "src/cli/build.ts"), "--root", root, "--output", output], {
    cwd: REPOSITORY,
    encoding: "utf8",
    env: { ...process.env, WATCHED_FOLDER: folder, READS_LOG: log },
  });
}

test("a build writes its pages and its search index without reading a page back from its output", () => {
  const output = join(folder, "site", "_site");
  const log = join(folder, "reads.log");
  const result = buildRecorded(output, log);
  assert.equal(result.status, 0, result.stderr);
  assert.ok(existsSync(join(output, "pagefind", "pagefind-entry.json")), "the index was written");
  assert.ok(existsSync(join(output, "workshops", "test-workshop", "index.html")), "the pages were written");
  assert.deepEqual(readFileSync(log, "utf8").split("\n").filter(Boolean), []);
});

test("the recorder sees a page read back from the output, so an empty log means something", () => {
  const log = join(folder, "probe.log");
  const page = join(folder, "site", "_site", "index.html");
  const recorder = join(folder, "recorder.mjs");
  writeFileSync(log, "");
  const probe = spawnSync(
    process.execPath,
    ["--import", recorder, "--input-type=module", "-e", `import { readFile } from "node:fs/promises"; await readFile(${JSON.stringify(page)});`],
    {
      encoding: "utf8",
      env: { ...process.env, WATCHED_FOLDER: folder, READS_LOG: log },
    },
  );
  assert.equal(probe.status, 0, probe.stderr);
  assert.deepEqual(readFileSync(log, "utf8").split("\n").filter(Boolean), [page]);
});
