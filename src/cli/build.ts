// npm run build: builds the whole site into a fresh folder and only then replaces the previous output,
// so a failed build never leaves a half-written or empty site behind. Pages that nothing changed since the last build
// into the same folder are linked from it rather than rendered again (src/eleventy/last-build.ts); --full renders all.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import siteConfig from "../../.eleventy.ts";
import { buildingInto, filesCarried, SiteReplaced } from "../eleventy/last-build.ts";
import { ContentProblems, printable, reportProblems } from "../content/problems.ts";
import { CODE_ROOT, repositoryRoot, ROOT_VARIABLE } from "../repository.ts";
import { plural } from "../schema/format.ts";
import { readArguments } from "./args.ts";

const { values } = readArguments(
  { root: { type: "string" }, output: { type: "string" }, full: { type: "boolean" } },
  "npm run build -- [--root <content folder>] [--output <folder>] [--full]",
);
if (values.root) process.env[ROOT_VARIABLE] = resolve(values.root);
const root = repositoryRoot();
const output = resolve(values.output ?? join(root, "_site"));
const code = CODE_ROOT;
buildingInto(output, { full: values.full === true });

/** Builds into a fresh folder, swaps it in, and says how many files it wrote; exits on a failed build. */
async function build(): Promise<void> {
  const started = performance.now();
  await mkdir(dirname(output), { recursive: true });
  const staging = await mkdtemp(join(dirname(output), ".site-build-"));
  let pages = 0;
  try {
    // The configuration is given as a function rather than a file for Eleventy to import, so it is compiled with this
    // script (src/cli/launch.mjs) and no other loader is needed. An empty configPath: no file is looked for either.
    const eleventy: Eleventy = new Eleventy(join(code, "src/pages"), staging, {
      configPath: "",
      config: (config: UserConfig) => {
        // What the file's function returns, Eleventy would take from it: the folders, and the base path.
        const { dir, pathPrefix } = siteConfig(config);
        config.setInputDirectory(dir.input);
        config.setDataDirectory(dir.data);
        eleventy.setPathPrefix(pathPrefix);
      },
      quietMode: true,
    });
    // This script reports problems itself, once, without Eleventy's prefixes and stack traces.
    eleventy.disableLogger();
    const [, templates] = (await eleventy.write()) as unknown as [unknown, unknown[]];
    pages = templates.length + filesCarried();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const problems = findCause(error, ContentProblems);
    const replaced = findCause(error, SiteReplaced);
    if (replaced) console.error(printable(`The build stopped: ${replaced.message}. Run it again; ${output} was left as that build wrote it.`));
    else if (problems) {
      reportProblems(problems.problems);
      console.error(`\n${plural(problems.problems.length, "content problem")}: the build stopped and ${output} was left as it was.`);
    } else {
      // Not a problem in the content but in the generator: one line for the editor, the stack only when asked for.
      const message = printable(String((error as Error)?.message ?? error).split("\n")[0] ?? "unknown error");
      console.error(`The build failed because of an error in the site generator, not in the content: ${message}`);
      if (process.env.DEBUG) console.error(error);
      else console.error("Run the build again with DEBUG=1 to see where it happened, and report it with that output.");
      console.error(`\nThe build failed: ${output} was left as it was.`);
    }
    process.exit(1);
  }

  // Swap the new site in: two renames on one file system, so the old site is replaced in one step.
  const previous = `${staging}.previous`;
  const hadOne = existsSync(output);
  if (hadOne) await rename(output, previous);
  try {
    await rename(staging, output);
  } catch (error) {
    // The previous site goes back where it was, rather than wait, set aside, for the next build to remove it.
    if (hadOne) await rename(previous, output).catch(() => undefined);
    throw error;
  }
  removeInBackground(dirname(output));
  const carried = filesCarried();
  if (carried > 0)
    console.log(`Rendered ${plural(pages - carried, "file")} again; the other ${carried} show nothing that changed, and are as the last build wrote them.`);
  console.log(`Built ${pages} files into ${output} in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
}

// A function rather than top-level await: the build is compiled as a script (src/cli/launch.mjs), which has none.
build().catch((error: unknown) => {
  console.error(`The build could not put the new site in place: ${printable(String((error as Error)?.message ?? error).split("\n")[0] ?? "")}`);
  if (process.env.DEBUG) console.error(error);
  process.exit(1);
});

/**
 * Removes the previous sites the swaps set aside in `folder` (this build's, and any an earlier removal did not finish),
 * in a process of its own that outlives this one: the new site is in place, and deleting the old one's files took a
 * twentieth of a build of the community's site.
 */
function removeInBackground(folder: string): void {
  const previous = readdirSync(folder)
    .filter((name) => name.startsWith(".site-build-") && name.endsWith(".previous"))
    .map((name) => join(folder, name));
  if (previous.length === 0) return;
  const remove = "for (const path of process.argv.slice(1)) require('node:fs').rmSync(path, { recursive: true, force: true });";
  // One that cannot start leaves them to the next build's.
  spawn(process.execPath, ["-e", remove, ...previous], { detached: true, stdio: "ignore" })
    .on("error", () => undefined)
    .unref();
}

/** The error of `kind` that `error` wraps, as Eleventy wraps what a hook throws. */
function findCause<T>(error: unknown, kind: new (...values: never[]) => T): T | undefined {
  for (
    let current: unknown = error;
    current;
    current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause
  ) {
    if (current instanceof kind) return current;
  }
  return undefined;
}
