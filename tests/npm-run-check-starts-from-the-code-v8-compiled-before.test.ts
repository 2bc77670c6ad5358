// `npm run check` runs from a bundle compiled as a script (src/bundles.mjs), and src/cli/launch.mjs keeps the code V8
// compiled for it in its first run beside it: every later run starts from that code instead of parsing and compiling
// 2 MB of JavaScript again. The kept code serves only the bundle it was made from. Each test runs a copy of the code
// in a small repository of its own, so that no other run of the check, nor a change to the code, touches its files.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { isAscii } from "node:buffer";
import { runInNewContext } from "node:vm";
import { asciiOnly, SCRIPT_HEAD } from "../src/bundles.mjs";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { REPOSITORY } from "./helpers/site.ts";

const repository = makeRepository();
after(() => removeTemporary(repository));
for (const path of ["src", "package.json", "package-lock.json", "tsconfig.json"]) cpSync(join(REPOSITORY, path), join(repository, path), { recursive: true });
symlinkSync(join(REPOSITORY, "node_modules"), join(repository, "node_modules"));

/** `npm run check`'s command in the repository, and what it printed, without the time it took. */
function check(args: string[] = [], environment: Record<string, string> = {}) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ["src/cli/launch.mjs", "check", ...args], {
    cwd: repository,
    encoding: "utf8",
    env: { ...process.env, LIVING_ATLASES_ROOT: repository, GITHUB_ACTIONS: "", ...environment },
  });
  return { status, stdout: stdout.replace(/\d+\.\d\d s\./, "… s."), stderr };
}

/** The check's bundle, the code kept for it, and the line that code must open with to serve it. */
function checkFiles() {
  const bundles = join(repository, ".cache/bundles");
  const [name, ...others] = readdirSync(bundles).filter((file) => /^check-[0-9a-f]{16}\.mjs$/.test(file));
  assert.ok(name && others.length === 0, `one bundle of the check: ${readdirSync(bundles).join(", ")}`);
  const bundle = join(bundles, name);
  const { size, mtimeMs } = statSync(bundle);
  return { bundle, cache: `${bundle}.v8-cache`, stamp: `${size}:${mtimeMs}\n` };
}
const keptFor = (cache: string) => readFileSync(cache).toString("latin1", 0, 64).split("\n")[0] + "\n";

test("the check's bundle is a script, whose compiled code the next run starts from", () => {
  const first = check();
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /^All content is valid: /);
  const { bundle, cache, stamp } = checkFiles();
  const text = readFileSync(bundle, "utf8");
  assert.ok(text.startsWith(SCRIPT_HEAD), "compiled as a script");
  assert.doesNotMatch(text, /require\(["']css-tree["']\)/, "css-tree is in the bundle, not some 140 files Node loads on each start");
  assert.doesNotMatch(text, /require\(["']esprima["']\)/, "gray-matter's js-yaml does not load esprima as it starts");
  assert.equal(keptFor(cache), stamp, "the compiled code is kept, for this bundle");
  assert.ok(isAscii(readFileSync(bundle)), "all ASCII, so read without decoding UTF-8");

  const written = statSync(cache).mtimeMs;
  assert.deepEqual(check(), first);
  assert.equal(statSync(cache).mtimeMs, written, "V8 took the kept code: it is not written again");
  // DEBUG=1 imports the same file as a module, for stack traces that name the lines in src/.
  assert.deepEqual(check([], { DEBUG: "1" }), first);
});

test("code kept for another bundle of the same name is not used, and is replaced", () => {
  assert.equal(check().status, 0);
  const { cache, stamp } = checkFiles();
  const kept = readFileSync(cache);
  const [size, time] = stamp.trim().split(":");
  writeFileSync(cache, Buffer.concat([Buffer.from(`${size}:${Number(time) - 1000}\n`), kept.subarray(kept.indexOf(10) + 1)]));
  const result = check();
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^All content is valid: /);
  assert.equal(keptFor(cache), stamp, "written again, for the bundle it now serves");
});

test("a run refused its arguments, which compiled next to nothing, keeps no code", () => {
  assert.equal(check().status, 0);
  const { cache } = checkFiles();
  rmSync(cache);
  assert.equal(check(["--no-such-option"]).status, 2);
  assert.equal(existsSync(cache), false);
  assert.equal(check().status, 0);
  assert.equal(existsSync(cache), true);
});

test("code made ASCII for a bundle reads as it was written, in regular expressions and comments too", () => {
  // What esbuild leaves beyond ASCII: regular expressions with and without the u and v flags, classes, ranges and
  // characters beyond the Basic Multilingual Plane, and comments.
  const code = `[
    "ẞtraße…".replace(/ẞ/g, "ß").replace(/…/gu, "..."), // a comment “quoted”
    /^[àáâ😀-😂]+$/u.test("á😁"), /^[àáâ]+😀$/.test("á😀"), /^[😀]$/.test("😀"), /^😀{2}$/u.test("😀😀"), /^[\\p{L}–]+$/v.test("é–"),
    /* “a block” */ "😀".length,
  ]`;
  const ascii = asciiOnly(code);
  assert.ok(isAscii(Buffer.from(ascii)));
  assert.notEqual(ascii, code);
  // Read as JSON: arrays made in another context are not this one's.
  const run = (source: string) => JSON.stringify(runInNewContext(source));
  assert.equal(run(ascii), run(code));
  assert.equal(run(code), JSON.stringify(["ßtraße...", true, true, false, true, true, 2]));
});
