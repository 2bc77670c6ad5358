// When each file last changed, from git: one `git log` for the whole project, read once per build.
// Without git history (a downloaded archive, a temporary folder) the map is empty and pages show no date.
import { spawnSync } from "node:child_process";

/** Last commit date (YYYY-MM-DD) by path relative to `folder`, for files under the given subfolders. */
export function lastChanged(folder: string, subfolders: readonly string[]): Map<string, string> {
  const dates = new Map<string, string>();
  const log = spawnSync("git", ["log", "--format=%x00%cs", "--name-only", "--relative", "--no-renames", "--", ...subfolders], {
    cwd: folder,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (log.status !== 0 || typeof log.stdout !== "string") return dates;
  // Newest commits come first, so the first date seen for a file is its last change.
  for (const commit of log.stdout.split("\0").slice(1)) {
    const [date, ...files] = commit.trim().split("\n");
    for (const file of files) if (file && date && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}
