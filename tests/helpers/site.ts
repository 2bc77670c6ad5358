// Builds a site with the real command-line tool and reads what it wrote.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { after, before } from "node:test";
import { servedFile } from "../../src/redirects/old-addresses.ts";

export const REPOSITORY = resolve(import.meta.dirname, "../..");

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run build` as an editor would, with the content from `root` into `output`. */
export function build(root: string, output: string, environment: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(REPOSITORY, "src/cli/build.ts"), "--root", root, "--output", output], {
    cwd: REPOSITORY,
    encoding: "utf8",
    env: { ...process.env, SITE_TODAY: "2026-11-21", ...environment },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
  const rules = readText(site, "_redirects").split("\n").filter((line) => line && !line.startsWith("#"));
  return new Set(rules.map((line) => servedFile(decodeURIComponent(line.split(" ")[0]!)).slice(1)));
}

/** A test file's own build of the real content, made before its tests and removed after them; `pages` leaves out what stands at the old site's addresses. */
export function realSite(name: string): { site: string; pages: () => string[] } {
  const folder = mkdtempSync(join(tmpdir(), `living-atlases-${name}-`));
  const site = join(folder, "_site");
  let pages: string[] = [];
  before(() => {
    const result = build(REPOSITORY, site);
    assert.equal(result.status, 0, result.stderr);
    const old = oldAddressFiles(site);
    pages = listFiles(site).filter((file) => file.endsWith(".html") && !file.startsWith("assets/") && !old.has(file));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));
  return { site, pages: () => pages };
}
