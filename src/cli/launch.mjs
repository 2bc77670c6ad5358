// node src/cli/launch.mjs <tool> [arguments]: runs src/cli/<tool>.ts from one JavaScript file that esbuild compiles
// once per version of the code (src/bundles.mjs), so `npm run check` and `npm run build` start without transpiling the
// code through tsx, in a second Node process, on every run. Plain JavaScript: it is what runs before anything is compiled.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { isAscii } from "node:buffer";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Script } from "node:vm";
import { codeVersion, compiledBundle, SCRIPT_HEAD } from "../bundles.mjs";

/**
 * Tools compiled as a script (src/bundles.mjs), which starts from the code V8 compiled for it in an earlier run. Both:
 * the build's script holds Eleventy too, and imports only the packages left out of it.
 */
const SCRIPTS = new Set(["check", "build"]);

/**
 * The function of a script bundle, compiled with the code V8 kept for it in an earlier run (the .v8-cache file beside
 * it) rather than parsed and compiled again: 50 ms of each `npm run check`. The cache names the size and time of the
 * bundle it was made from, and serves no other. A run without one, or whose cache V8 refused (another version of
 * Node, other V8 flags), writes it as the process exits, so that it holds every function the run compiled; not a run
 * refused its arguments (status 2), which compiled next to nothing.
 */
function cachedFunction(bundle) {
  const descriptor = openSync(bundle, "r");
  const { size, mtimeMs } = fstatSync(descriptor);
  const bytes = readFileSync(descriptor);
  // A bundle is ASCII (asciiOnly in src/bundles.mjs), read without decoding UTF-8; any other file is decoded.
  const text = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString("utf8");
  closeSync(descriptor);
  if (!text.startsWith(SCRIPT_HEAD)) throw new Error(`${bundle} is not a script bundle (expected it to begin with ${SCRIPT_HEAD})`);
  const cache = `${bundle}.v8-cache`;
  const stamp = Buffer.from(`${size}:${mtimeMs}\n`);
  let cachedData;
  try {
    const kept = readFileSync(cache);
    if (kept.subarray(0, stamp.length).equals(stamp)) cachedData = kept.subarray(stamp.length);
  } catch {
    // None kept yet: this run writes it.
  }
  // The module's text with its export made an expression: (function (exports, require, …) { … }).
  const script = new Script(`(${text.slice("export default ".length)}\n)`, { filename: bundle, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    process.once("exit", (status) => {
      if (status === 2) return;
      try {
        const partial = `${cache}.${process.pid}`;
        writeFileSync(partial, Buffer.concat([stamp, script.createCachedData()]));
        renameSync(partial, cache);
      } catch {
        // A folder that cannot be written only means the next run compiles the bundle again.
      }
    });
  }
  return script.runInThisContext();
}

/**
 * Settings a tool's process starts with, before its bundle imports anything. A build runs once and imports each module
 * once: Eleventy's ESM resolver, a loader thread that lets a watching Eleventy import a saved module again, only slowed
 * every import that followed (0.2 s of `npm run build`).
 */
const ENVIRONMENT = { build: { ELEVENTY_SKIP_ESM_RESOLVER: "1" } };

const SOURCE = join(import.meta.dirname, "..");
const [tool, ...rest] = process.argv.slice(2);
if (!tool || !/^[a-z-]+$/.test(tool) || !existsSync(join(SOURCE, "cli", `${tool}.ts`))) {
  console.error(`"${tool ?? ""}" is not one of the tools in src/cli/ (expected a name such as check).`);
  process.exit(2);
}
const version = codeVersion();
const script = SCRIPTS.has(tool);
const bundle = await compiledBundle(join(SOURCE, "cli", `${tool}.ts`), tool, { version, script });
process.argv = [process.argv[0], bundle, ...rest];
Object.assign(process.env, ENVIRONMENT[tool]);
// Results a tool keeps between runs (see src/content/files-deeply.ts) belong to this version of the code.
process.env.LIVING_ATLASES_CODE_VERSION = version;
// The stack traces asked for with DEBUG=1 name the lines in src/, from the map beside the bundle, not the bundle's:
// Node reads the maps of the modules it imports, so a script bundle is then imported as the module it also is.
if (process.env.DEBUG) process.setSourceMapsEnabled(true);
if (!script) await import(pathToFileURL(bundle).href);
else {
  const run = process.env.DEBUG ? (await import(pathToFileURL(bundle).href)).default : cachedFunction(bundle);
  const module = { exports: {} };
  // A script has no import() nor import.meta: it is given the launcher's, which find the packages from src/ as the bundle would.
  const importPackage = (specifier) => import(specifier);
  run(module.exports, createRequire(bundle), module, bundle, dirname(bundle), (specifier) => import.meta.resolve(specifier), importPackage);
}
