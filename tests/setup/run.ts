// npm test, npm run test:unit and npm run test:site. Builds the real content once, in the background while the
// first test files run, and hands its folder to every test file that reads it (realSite in tests/helpers/site.ts);
// then runs Node's test runner over the chosen files, several at a time, and removes the build.
//
//   tsx tests/setup/run.ts [unit | site] [tests/<file>.test.ts …] [--<option of node --test> …]
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { buildSharedSite, REPOSITORY, SHARED_SITE_VARIABLE } from "../helpers/site.ts";
import { removeTemporary } from "../helpers/repository.ts";

const TESTS = join(REPOSITORY, "tests");

/** A site test builds a site, starts a browser, or starts one of the project's tools or servers; every other test is a unit test, done in seconds. */
const SITE_LEVEL = /(?<![\w.])(build|realSite|servedSite|sharedRealSite|launch|runTool|runLaunched|spawn|spawnSync)\(/;
/** A test file that reads the shared build of the real content. */
const READS_REAL_SITE = /(?<![\w.])(realSite|servedSite|sharedRealSite)\(/;

/** Files that run longest start first, so no long one is left running alone at the end. */
const LONGEST_FIRST = [
  "every-page-is-accessible-in-light-and-dark",
  "hostile-but-accepted-input-runs-no-code-in-a-browser",
  "the-map-shows-every-installation-in-a-real-browser",
];

const args = process.argv.slice(2);
const kind = args[0] === "unit" || args[0] === "site" ? args.shift() : "all";
const options = args.filter((arg) => arg.startsWith("--"));
const named = args.filter((arg) => !arg.startsWith("--")).map((file) => resolve(file));

const isSiteLevel = (file: string) => SITE_LEVEL.test(readFileSync(file, "utf8"));
const rank = (file: string) => {
  const index = LONGEST_FIRST.findIndex((name) => file.endsWith(`/${name}.test.ts`));
  return index === -1 ? LONGEST_FIRST.length : index;
};
const all =
  named.length > 0
    ? named
    : readdirSync(TESTS)
        .filter((name) => name.endsWith(".test.ts"))
        .sort()
        .map((name) => join(TESTS, name));
const unit = all.filter((file) => !isSiteLevel(file));
const site = all.filter(isSiteLevel).sort((a, b) => rank(a) - rank(b));
// Unit tests go first: they run while the real content builds.
const files = kind === "unit" ? unit : kind === "site" ? site : [...unit, ...site];
if (files.length === 0) {
  console.error(`No ${kind === "all" ? "" : `${kind} `}tests to run among ${all.map((file) => relative(REPOSITORY, file)).join(", ")}.`);
  process.exit(1);
}

if (files.some((file) => !unit.includes(file))) await import("./ensure-chromium.ts");

const folder = mkdtempSync(join(tmpdir(), "living-atlases-test-site-"));
const cleanUp = () => removeTemporary(folder);
process.on("exit", cleanUp);
// Ctrl-C reaches the test runner too, and a SIGTERM is passed on to it: this process waits for it to stop, then removes the build.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => runner.kill("SIGTERM"));

const build = files.some((file) => READS_REAL_SITE.test(readFileSync(file, "utf8"))) ? buildSharedSite(folder) : undefined;
const environment = build ? { ...process.env, [SHARED_SITE_VARIABLE]: folder } : process.env;

// Browser tests and builds wait on other processes much of the time, so one file more than there are cores keeps them busy.
const concurrency = Math.max(2, availableParallelism() + 1);
const runner = spawn(process.execPath, ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`, ...options, ...files], {
  cwd: REPOSITORY,
  stdio: "inherit",
  env: environment,
});
const status = await new Promise<number>((resolve) => runner.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0))));

const built = await build;
if (built && built.status !== 0) console.error(`\nThe shared build of the real content failed, so every test that reads it failed too:\n${built.stderr}`);
process.exitCode = status !== 0 || (built && built.status !== 0) ? 1 : 0;
