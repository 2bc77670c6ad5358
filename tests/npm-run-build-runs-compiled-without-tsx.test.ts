// `npm run build` runs from one JavaScript file compiled once per version of the code (src/cli/launch.mjs), with no
// tsx in its process: Eleventy is given the configuration as a function, and the page templates from that file, so
// neither it nor Node loads a .ts or .tsx file. A resolve hook and a require hook record every module the build's
// process loads, and the site it writes is the one the same build writes when tsx runs the sources.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { runLaunched } from "./helpers/cli.ts";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { build, REPOSITORY, siteSnapshot } from "./helpers/site.ts";

const root = makeRepository();
after(() => removeTemporary(root));

/** Served under a sub-path, so the base path the configuration returns has to reach Eleventy too. */
const ENVIRONMENT = { SITE_TODAY: "2026-11-21", SITE_BASE_PATH: "/sub/" };

/** Appends the address of each module the process resolves, imports and dynamic imports alike, to the file it is given. */
const HOOKS = `import { appendFileSync } from "node:fs";
let file;
export function initialize(data) { file = data.file; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(file, resolved.url + "\\n");
  return resolved;
}`;
/** The same for each file the process require()s, such as the packages a script bundle leaves out. */
const REQUIRES = `import Module from "node:module"; import { appendFileSync } from "node:fs"; import { isAbsolute } from "node:path"; import { pathToFileURL } from "node:url";
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const path = Module._resolveFilename(request, parent, isMain);
  if (isAbsolute(path)) appendFileSync(FILE, pathToFileURL(path).href + "\\n");
  return load.apply(this, arguments);
};`;
const recorder = (file: string) =>
  `data:text/javascript,${encodeURIComponent(`import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)}, { data: { file: ${JSON.stringify(file)} } }); ${REQUIRES.replace("FILE", JSON.stringify(file))}`)}`;

/** Runs the command line of `npm run build` as package.json gives it, with the recorder loaded first. */
function runBuildScript(output: string, modules: string) {
  const script = (JSON.parse(readFileSync(join(REPOSITORY, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.build!;
  const [command, ...args] = script.split(" ");
  assert.equal(command, "node", `the build script starts Node: ${script}`);
  return spawnSync(process.execPath, ["--import", recorder(modules), ...args, "--output", output], {
    cwd: REPOSITORY,
    encoding: "utf8",
    env: { ...process.env, LIVING_ATLASES_ROOT: root, GITHUB_ACTIONS: "", ...ENVIRONMENT },
  });
}

test("npm run build loads its compiled file and no TypeScript, and writes the site tsx writes from the sources", () => {
  const compiled = join(root, "compiled", "_site");
  const modules = join(root, "modules.txt");
  const result = runBuildScript(compiled, modules);
  assert.equal(result.status, 0, result.stderr);
  const loaded = readFileSync(modules, "utf8").split("\n").filter(Boolean);
  // Compiled as a script, the bundle is read and run by the launcher, which keeps the code V8 compiled for it beside it.
  const bundles = readdirSync(join(REPOSITORY, ".cache/bundles"));
  const bundle = bundles.find((file) => /^build-[0-9a-f]{16}\.mjs$/.test(file) && bundles.includes(`${file}.v8-cache`));
  assert.ok(bundle, `the build runs from its compiled file in .cache/bundles/: ${bundles.join(", ")}`);
  assert.ok(
    loaded.some((url) => url.endsWith("/node_modules/pagefind/lib/index.js?instance=1")),
    "a package left out of the bundle is loaded from node_modules",
  );
  // Eleventy still reads its package.json, as it would from its own folder.
  const eleventy = loaded.filter((url) => url.includes("/node_modules/@11ty/eleventy/") && /\.(js|mjs|cjs)$/.test(url));
  assert.deepEqual(eleventy, [], "Eleventy is compiled into the bundle, not loaded module by module");
  const typescript = loaded.filter((url) => /\.(ts|tsx|mts|cts)$/.test(new URL(url).pathname) || /\/node_modules\/tsx\//.test(url));
  assert.deepEqual(typescript, [], "neither tsx nor a TypeScript file (the configuration, a template) is loaded");

  const fromSources = join(root, "from-sources", "_site");
  const reference = build(root, fromSources, ENVIRONMENT);
  assert.equal(reference.status, 0, reference.stderr);
  const expected = siteSnapshot(fromSources);
  assert.ok(Object.keys(expected).includes("workshops/test-workshop/index.html"), "the templates wrote their pages");
  assert.match(readFileSync(join(compiled, "index.html"), "utf8"), /href="\/sub\//, "the base path is applied");
  assert.deepEqual(siteSnapshot(compiled), expected);
});

test("a data file Eleventy finds beside the templates is imported by the compiled build too", () => {
  // A copy of the code, so that the data file is seen by no other test's build.
  const code = join(root, "code");
  for (const path of ["src", ".eleventy.ts", "package.json", "package-lock.json", "tsconfig.json"])
    cpSync(join(REPOSITORY, path), join(code, path), { recursive: true });
  symlinkSync(join(REPOSITORY, "node_modules"), join(code, "node_modules"));
  const marker = join(root, "data-file-loaded.txt");
  // Eleventy imports it by an address known only when it runs, which a script bundle has no import() of its own for.
  writeFileSync(
    join(code, "src/pages/pages.11tydata.js"),
    `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker)}, "loaded");\nexport default {};\n`,
  );
  const result = runLaunched("build", ["--output", join(root, "with-data-file", "_site")], root, ENVIRONMENT, code);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(readFileSync(marker, "utf8"), "loaded");
});
