// Builds a site with the real command-line tool and reads what it wrote.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

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
