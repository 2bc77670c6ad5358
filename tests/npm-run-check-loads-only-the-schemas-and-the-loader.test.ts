// `npm run check` starts in a blink because it loads only what checking needs: the schemas, the loader and their
// small packages. Its import graph, as esbuild reads it, holds no static import of Eleventy, Pagefind, esbuild,
// the document readers or the calendar library, nor the module that starts Pagefind's processes (whose thread imports
// it by the address that module resolves); sharp is imported only on demand.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { build } from "esbuild";
import { REPOSITORY } from "./helpers/site.ts";

/** Packages a build needs and a check must not load before it starts checking. */
const BUILD_ONLY = [
  "@11ty/eleventy",
  "@11ty/eleventy-img",
  "pagefind",
  "esbuild",
  "pdfjs-dist",
  "officeparser",
  "ical-generator",
  "leaflet",
  "playwright-core",
];
/** Packages a check may load, but only when it needs them: sharp to decode a picture not checked before. */
const ON_DEMAND = ["sharp"];

/** The module that starts Pagefind's processes, on a thread that imports Pagefind by the address import.meta.resolve gives. */
const PAGEFIND_PROCESSES = "src/search/pagefind-thread.ts";

/** Every package the entry's modules import, each with how: "import-statement", "require-call" or "dynamic-import"; and every module of the project. */
async function packageImports(entry: string): Promise<Map<string, Set<string>> & { modules: Set<string> }> {
  const { metafile } = await build({
    entryPoints: [join(REPOSITORY, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    jsx: "automatic",
    jsxImportSource: "preact",
    logLevel: "silent",
  });
  const found = Object.assign(new Map<string, Set<string>>(), { modules: new Set(Object.keys(metafile.inputs)) });
  for (const input of Object.values(metafile.inputs)) {
    for (const { path, kind, external } of input.imports) {
      if (!external || path.startsWith("node:")) continue;
      const name = path.startsWith("@") ? path.split("/").slice(0, 2).join("/") : path.split("/")[0]!;
      found.set(name, (found.get(name) ?? new Set()).add(kind));
    }
  }
  return found;
}

const isStatic = (kinds: Set<string> | undefined) => [...(kinds ?? [])].some((kind) => kind !== "dynamic-import");

test("the check imports none of the build's packages, and sharp only on demand", async () => {
  const imports = await packageImports("src/cli/check.ts");
  assert.ok(imports.has("zod") && imports.has("gray-matter"), `the schemas' and the loader's packages are found: ${[...imports.keys()].join(", ")}`);
  assert.deepEqual(
    BUILD_ONLY.filter((name) => imports.has(name)),
    [],
  );
  assert.deepEqual(
    ON_DEMAND.filter((name) => isStatic(imports.get(name))),
    [],
  );
  assert.ok(!imports.modules.has(PAGEFIND_PROCESSES), `the check does not load ${PAGEFIND_PROCESSES}`);
});

test("the same reading finds Eleventy and Pagefind in the build, so a clean check means something", async () => {
  const imports = await packageImports("src/cli/build.ts");
  assert.ok(isStatic(imports.get("@11ty/eleventy")), "the build imports Eleventy");
  const site = await packageImports("src/eleventy/site.ts");
  assert.ok(site.modules.has(PAGEFIND_PROCESSES), "the site plugin loads the module that starts Pagefind");
  assert.match(readFileSync(join(REPOSITORY, PAGEFIND_PROCESSES), "utf8"), /import\.meta\.resolve\("pagefind"\)/, "which imports Pagefind");
});
