// node src/cli/launch.mjs <tool> [arguments]: runs src/cli/<tool>.ts from one JavaScript file that esbuild compiles
// once per version of the code, so `npm run check` starts in a blink instead of transpiling the project through
// tsx, in a second Node process, on every run. Plain JavaScript: it is what runs before anything is compiled.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

const CODE = join(import.meta.dirname, "../..");
const SOURCE = join(CODE, "src");
const BUNDLES = join(CODE, ".cache", "cli");
/** Packages that read files beside their own code or load native code: imported from node_modules as they are. */
const UNBUNDLED = ["sharp", "css-tree", "pdfjs-dist", "officeparser", "pagefind", "@11ty/*", "esbuild", "tsx"];

/** Every source file's path, size and modification time, and the installed packages': a new version of either compiles again. */
function codeVersion() {
  const hash = createHash("sha256");
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|mts|json)$/.test(entry.name)) {
        const { size, mtimeMs } = statSync(path);
        hash.update(`${relative(CODE, path)}:${size}:${mtimeMs}\n`);
      }
    }
  };
  walk(SOURCE);
  for (const file of ["package-lock.json", "package.json"]) {
    const stats = statSync(join(CODE, file), { throwIfNoEntry: false });
    if (stats) hash.update(`${file}:${stats.size}:${stats.mtimeMs}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

const [tool, ...rest] = process.argv.slice(2);
if (!tool || !/^[a-z-]+$/.test(tool) || !existsSync(join(SOURCE, "cli", `${tool}.ts`))) {
  console.error(`"${tool ?? ""}" is not one of the tools in src/cli/ (expected a name such as check).`);
  process.exit(2);
}
const version = codeVersion();
const bundle = join(BUNDLES, `${tool}-${version}.mjs`);
if (!existsSync(bundle)) {
  const { build } = await import("esbuild");
  for (const old of existsSync(BUNDLES) ? readdirSync(BUNDLES) : []) if (old.startsWith(`${tool}-`)) rmSync(join(BUNDLES, old), { force: true });
  const { outputFiles } = await build({
    entryPoints: [join(SOURCE, "cli", `${tool}.ts`)],
    outfile: bundle,
    write: false,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: UNBUNDLED,
    jsx: "automatic",
    jsxImportSource: "preact",
    // The bundle lives in .cache/cli/; the code that finds its way from its own file is in src/project.ts.
    define: { "import.meta.dirname": JSON.stringify(SOURCE) },
    // Packages written as CommonJS call require(), which an ES module has only when it makes one.
    banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
    logLevel: "warning",
  });
  // Written whole, then renamed: a run starting at the same moment never imports half a file.
  mkdirSync(BUNDLES, { recursive: true });
  const partial = `${bundle}.${process.pid}`;
  writeFileSync(partial, outputFiles[0].contents);
  renameSync(partial, bundle);
}
process.argv = [process.argv[0], bundle, ...rest];
// Results a tool keeps between runs (see src/content/files-deeply.ts) belong to this version of the code.
process.env.LIVING_ATLASES_CODE_VERSION = version;
await import(pathToFileURL(bundle).href);
