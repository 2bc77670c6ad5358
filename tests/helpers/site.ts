// Builds a site with the real command-line tool and reads what it wrote.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { before } from "node:test";
import { gunzipSync } from "node:zlib";
import { servedFile } from "../../src/redirects/old-addresses.ts";
import { removeTemporary } from "./repository.ts";

export const REPOSITORY = resolve(import.meta.dirname, "../..");

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const buildArguments = (root: string, output: string) => ["--import", "tsx", join(REPOSITORY, "src/cli/build.ts"), "--root", root, "--output", output];
const buildEnvironment = (environment: Record<string, string>) => ({ ...process.env, SITE_TODAY: "2026-11-21", ...environment });

/** Runs `npm run build` as an editor would, with the content from `root` into `output`. */
export function build(root: string, output: string, environment: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, buildArguments(root, output), { cwd: REPOSITORY, encoding: "utf8", env: buildEnvironment(environment) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same build, without blocking this process: other work, such as running tests, goes on while it runs. */
export function buildInBackground(root: string, output: string, environment: Record<string, string> = {}): Promise<BuildResult> {
  const child = spawn(process.execPath, buildArguments(root, output), { cwd: REPOSITORY, env: buildEnvironment(environment) });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}

/** Every file under a folder, as paths relative to it, sorted. */
export function listFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(folder, path).split("\\").join("/"));
    }
  };
  walk(folder);
  return files.sort();
}

export const readText = (folder: string, path: string) => readFileSync(join(folder, path), "utf8");

/** The small page left at an old address, which forwards to the new one (see old-addresses-are-checked-and-keep-answering). */
export const isForwardingPage = (html: string) => /<meta http-equiv="refresh"/.test(html);

/** The files a build wrote at the old site's addresses (forwarding pages and copies), as _redirects lists them. */
export function oldAddressFiles(site: string): Set<string> {
  const rules = readText(site, "_redirects")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"));
  return new Set(rules.map((line) => servedFile(decodeURIComponent(line.split(" ")[0]!)).slice(1)));
}

/**
 * The real content, built once per test run into a folder every test file reads and none writes to.
 * tests/setup/run.ts builds it while the first test files run and names the folder in this variable; a test file
 * run on its own, without the runner, builds its own copy the first time it asks.
 */
export const SHARED_SITE_VARIABLE = "LIVING_ATLASES_TEST_SITE";

/** The result the runner writes beside the shared site when its build ends: how it went, and what it printed. */
export const sharedBuildResult = (folder: string) => join(folder, "build.json");

/** Builds the real content into `folder`/_site and then writes `folder`/build.json, so tests that wait for it can tell it has ended. */
export async function buildSharedSite(folder: string): Promise<BuildResult> {
  return recordResult(folder, await buildInBackground(REPOSITORY, join(folder, "_site")));
}

function recordResult(folder: string, result: BuildResult): BuildResult {
  const file = sharedBuildResult(folder);
  writeFileSync(`${file}.partial`, JSON.stringify(result));
  renameSync(`${file}.partial`, file);
  return result;
}

let ownSharedFolder: string | undefined;
let sharedBuild: BuildResult | undefined;

function sharedFolder(): string {
  const fromRunner = process.env[SHARED_SITE_VARIABLE];
  if (fromRunner) return fromRunner;
  if (!ownSharedFolder) {
    const folder = mkdtempSync(join(tmpdir(), "living-atlases-real-site-"));
    process.on("exit", () => removeTemporary(folder));
    ownSharedFolder = folder;
  }
  return ownSharedFolder;
}

/**
 * The shared build of the real content and what it printed: waits for the runner's build to end, or, in a file
 * run without the runner, builds it the first time it is asked. It blocks, as a build with `build` does:
 * Node 20 starts top-level `before` hooks as they are declared, so a hook that returns only when the site is
 * there keeps the hooks declared after it from reading it too early.
 */
export function sharedRealSite(): BuildResult & { site: string } {
  const folder = sharedFolder();
  sharedBuild ??= process.env[SHARED_SITE_VARIABLE] ? waitForResult(folder) : recordResult(folder, build(REPOSITORY, join(folder, "_site")));
  return { ...sharedBuild, site: join(folder, "_site") };
}

/**
 * Waits until the runner's shared build has ended, if a runner started one. Another build of the real content
 * waits for it, so that the first build of a run fills the cache of material texts alone.
 */
export function untilSharedBuildEnds(): void {
  if (process.env[SHARED_SITE_VARIABLE]) sharedRealSite();
}

function waitForResult(folder: string): BuildResult {
  const file = sharedBuildResult(folder);
  const deadline = Date.now() + 10 * 60_000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the shared build of the real content never finished: ${file} is missing`);
    Atomics.wait(pause, 0, 0, 100);
  }
  return JSON.parse(readFileSync(file, "utf8")) as BuildResult;
}

/** The pages of a built site that a visitor reads: HTML, leaving out the assets and what stands at the old site's addresses. */
export function pagesOf(site: string): string[] {
  const old = oldAddressFiles(site);
  return listFiles(site).filter((file) => file.endsWith(".html") && !file.startsWith("assets/") && !old.has(file));
}

/**
 * The shared build of the real content, for a test file that only reads it: `site` is its folder, ready once the
 * file's `before` hooks have run, and `pages` leaves out what stands at the old site's addresses. Every reader,
 * named in the message when the build fails, gets the same build.
 */
export function realSite(reader = "this test"): { site: string; pages: () => string[] } {
  const site = join(sharedFolder(), "_site");
  let pages: string[] = [];
  before(() => {
    const result = sharedRealSite();
    assert.equal(result.status, 0, `The build of the real content that ${reader} reads failed:\n${result.stderr}`);
    pages = pagesOf(site);
  });
  return { site, pages: () => pages };
}

/** Every file of a built site, by the hash of its bytes. */
export function siteSnapshot(site: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(site).map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(join(site, file)))
        .digest("hex"),
    ]),
  );
}

/** Every record of a language's index as Pagefind wrote it in `site`: each fragment is gzip, a signature, then JSON. */
export function fragmentsOf<Record>(site: string, language: string): Record[] {
  const folder = join(site, "pagefind/fragment");
  return readdirSync(folder)
    .filter((name) => name.startsWith(`${language}_`))
    .map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(folder, name)))
            .toString("utf8")
            .replace(/^pagefind_dcd/, ""),
        ) as Record,
    );
}
