// Compiles an entry point under src/ into one JavaScript file with esbuild, once per version of the code, kept in
// .cache/bundles/: a tool or child process started from it runs without tsx, which would transpile the project and
// the packages it loads on every start. Plain JavaScript: it is what runs before anything is compiled.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";

const CODE = join(import.meta.dirname, "..");
const SOURCE = join(CODE, "src");
const BUNDLES = join(CODE, ".cache", "bundles");
/**
 * Packages that read files beside their own code, load native code or start processes of their own, or only serve
 * previews: imported from node_modules as they are. Eleventy itself is compiled in: Node took 0.3 s of every build to
 * find and load its 300 modules one by one.
 */
const UNBUNDLED = ["sharp", "pdfjs-dist", "officeparser", "pagefind", "esbuild", "tsx", "@11ty/eleventy-img", "@11ty/eleventy-dev-server", "chokidar"];
/**
 * Packages taken from a file of their own that holds what the package reads beside its code. css-tree's modules read
 * its syntax data from JSON files: Node loaded some 140 files for it on every start (60 ms of `npm run check`).
 */
const SELF_CONTAINED = { "css-tree": "css-tree/dist/csstree.esm" };
/**
 * gray-matter's copy of js-yaml 3 requires esprima, a JavaScript parser, as it loads, to read `!!js/function` values
 * (15 ms of every check, outside the bundle and its code cache). The project reads front matter with its own YAML
 * reader (src/content/yaml.ts), never with that copy, and never wants a function out of a document.
 */
const withoutEsprima = {
  name: "without-esprima",
  setup(build) {
    build.onLoad({ filter: /[\\/]js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/ }, async ({ path }) => {
      const text = await readFile(path, "utf8");
      const load = "esprima = _require('esprima');";
      if (!text.includes(load)) throw new Error(`${path} no longer loads esprima as src/bundles.mjs expects`);
      return { contents: text.replace(load, "esprima = undefined;"), loader: "js" };
    });
  },
};

/**
 * The first line of a bundle compiled with `script`: an ES module whose one export is the code as the function of a
 * CommonJS module, which src/cli/launch.mjs compiles as a script (with V8's code cache) or imports (with source maps).
 * A script has no import.meta nor import() of its own: `__resolve` and `__import` are the launcher's, which find the
 * same packages.
 */
export const SCRIPT_HEAD = 'export default function (exports, require, module, __filename, __dirname, __resolve, __import) { "use strict";';

/**
 * Makes each package module compiled into a script behave as Node would load it: its import.meta.url (and folder and
 * path) is its own file's address, from which Eleventy finds its package.json and its own files, not the bundle's;
 * and an import() of an address known only when it runs (a data file Eleventy finds beside a template) goes through
 * the launcher's import(), `__import`, which a script needs (SCRIPT_HEAD), instead of require().
 */
const asNodeLoadsThem = {
  name: "as-node-loads-them",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/].*\.(js|mjs)$/ }, async ({ path }) => {
      const text = await readFile(path, "utf8");
      const eleventy = /[\\/]@11ty[\\/]eleventy[\\/]src[\\/]/.test(path);
      if (!text.includes("import.meta.") && !eleventy) return undefined;
      let contents = text
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(path).href))
        .replaceAll("import.meta.dirname", JSON.stringify(dirname(path)))
        .replaceAll("import.meta.filename", JSON.stringify(path));
      // Only an import() of an expression: one of a written address ("./Markdown.js") is compiled in.
      if (eleventy) contents = contents.replace(/\bimport\((?=\s*[^\s"'`])/g, "__import(");
      return { contents, loader: "js", resolveDir: dirname(path) };
    });
  },
};

/**
 * Every source file's path, size and modification time, the Eleventy configuration's (compiled into the build) and
 * the installed packages': a new version of any compiles again.
 */
export function codeVersion() {
  const hash = createHash("sha256");
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|mts|mjs|json)$/.test(entry.name)) {
        const { size, mtimeMs } = statSync(path);
        hash.update(`${relative(CODE, path)}:${size}:${mtimeMs}\n`);
      }
    }
  };
  walk(SOURCE);
  for (const file of [".eleventy.ts", "package-lock.json", "package.json"]) {
    const stats = statSync(join(CODE, file), { throwIfNoEntry: false });
    if (stats) hash.update(`${file}:${stats.size}:${stats.mtimeMs}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Code with each character beyond ASCII written as a \u escape. esbuild escapes them in strings and names, and leaves
 * them in comments and regular expressions, which read the same escaped: a file of ASCII is read as one byte a
 * character, not decoded as UTF-8 (30 ms of each build for the build's 5.8 MB), and V8 holds it at half the size.
 * @param {string} code
 * @returns {string}
 */
export const asciiOnly = (code) => code.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * The compiled file for `entry` (a path under src/), named `<name>-<version>.mjs`, compiled now if this version of the
 * code has none yet. Earlier versions' files of the same name are removed once they are `keepFor` milliseconds old: a
 * file other processes may be about to start is kept for a while. With `script`, the code is compiled as CommonJS
 * inside the function SCRIPT_HEAD opens: the entry may use no top-level await, and the packages it leaves out of the file
 * are loaded with require() if it requires them, with import() if it imports them.
 */
export async function compiledBundle(entry, name, { version = codeVersion(), keepFor = 0, script = false } = {}) {
  const bundle = join(BUNDLES, `${name}-${version}.mjs`);
  if (existsSync(bundle)) return bundle;
  const { build } = await import("esbuild");
  // The map, and the code cache that src/cli/launch.mjs keeps beside a script, go with their bundle.
  const earlier = new RegExp(`^${name}-[0-9a-f]{16}\\.mjs(\\.map|\\.v8-cache)?$`);
  for (const old of existsSync(BUNDLES) ? readdirSync(BUNDLES) : []) {
    const file = join(BUNDLES, old);
    if (earlier.test(old) && Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) >= keepFor) rmSync(file, { force: true });
  }
  const { outputFiles } = await build({
    entryPoints: [entry],
    outfile: bundle,
    // Where the packages and the aliases are found from, and the paths in the bundle's comments are relative to,
    // wherever the tool is started.
    absWorkingDir: CODE,
    write: false,
    bundle: true,
    platform: "node",
    target: "node20",
    external: UNBUNDLED,
    alias: SELF_CONTAINED,
    jsx: "automatic",
    jsxImportSource: "preact",
    // The bundle lives in .cache/bundles/; the code that finds its way from its own file is in src/repository.ts.
    define: { "import.meta.dirname": JSON.stringify(SOURCE), ...(script ? { "import.meta.url": "__bundleUrl", "import.meta.resolve": "__resolve" } : {}) },
    ...(script
      ? {
          format: "cjs",
          // A package left out is loaded with require().
          supported: { "dynamic-import": false },
          plugins: [asNodeLoadsThem, withoutEsprima],
          banner: { js: `${SCRIPT_HEAD}\nconst __bundleUrl = require("node:url").pathToFileURL(__filename).href;` },
          footer: { js: "}" },
        }
      : {
          format: "esm",
          // Packages written as CommonJS call require(), which an ES module has only when it makes one.
          banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
        }),
    // Beside it, where each line came from, for the stack traces DEBUG=1 prints (src/cli/launch.mjs): the files themselves are in src/.
    sourcemap: "linked",
    sourcesContent: false,
    logLevel: "warning",
  });
  // Each written whole, then renamed, the map first: a process starting at the same moment never imports half a file.
  mkdirSync(BUNDLES, { recursive: true });
  for (const file of [`${bundle}.map`, bundle]) {
    const partial = `${file}.${process.pid}`;
    const { contents, text } = outputFiles.find(({ path }) => path === file);
    writeFileSync(partial, file === bundle ? asciiOnly(text) : contents);
    renameSync(partial, file);
  }
  return bundle;
}
