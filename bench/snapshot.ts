// The code and content the benchmark measures, taken once per run: a clone of the repository with the working tree's
// uncommitted changes laid over it, so that a run measures one version of the code while others keep editing theirs.
import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, lstatSync, mkdirSync, realpathSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";

export interface Snapshot {
  /** The folder: code, content, data, assets and git history, with node_modules linked to the original's. */
  folder: string;
  /** HEAD's short commit. */
  commit: string;
  /** Files that differ from HEAD (changed, added or removed). */
  uncommitted: string[];
}

function git(folder: string, args: string[]): string {
  const result = spawnSync("git", args, { cwd: folder, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed in ${folder}:\n${result.stderr}`);
  return result.stdout;
}

/**
 * Clones `source` into `target` and copies over every file of its working tree that git does not ignore, so that
 * `target` holds what `source` holds now, with the same history. node_modules is a link to `source`'s (installing
 * the packages again would measure npm, not the site).
 */
export function copyRepository(source: string, target: string): Snapshot {
  git(dirname(target), ["clone", "--quiet", "--no-checkout", source, target]);
  // The link to node_modules is not a folder, so .gitignore's `node_modules/` does not cover it.
  appendFileSync(join(target, ".git/info/exclude"), "/node_modules\n");
  for (const file of git(source, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]).split("\0")) {
    const from = join(source, file);
    if (!file || file === "node_modules" || !existsSync(from) || !lstatSync(from).isFile()) continue;
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(from, join(target, file));
  }
  git(target, ["reset", "--quiet"]);
  symlinkSync(realpathSync(join(source, "node_modules")), join(target, "node_modules"));
  return {
    folder: target,
    commit: git(target, ["rev-parse", "--short", "HEAD"]).trim(),
    uncommitted: git(target, ["status", "--porcelain", "--untracked-files=all"])
      .split("\n")
      .filter(Boolean)
      .map((line) => line.slice(3)),
  };
}

/** How the report names the code a figure was measured on. */
export function describeCode({ commit, uncommitted }: Snapshot): string {
  if (uncommitted.length === 0) return commit;
  // The benchmark's own files, the tests and the top-level documents do not change what is measured.
  const site = uncommitted.filter((file) => !/^(bench|tests)\//.test(file) && !/^[^/]+\.md$/.test(file));
  const named = site.length === 0 ? "none" : `${site.length} (${site.slice(0, 4).join(", ")}${site.length > 4 ? ", …" : ""})`;
  return `${commit} with uncommitted changes to ${uncommitted.length} files; of them, the site's code or content: ${named}`;
}
