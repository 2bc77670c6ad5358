// When each file last changed, from git: one `git log` for the whole project, read once per commit.
// Without git history (a downloaded archive, a temporary folder) the map is empty and pages show no date.
import { git } from "./git.ts";

/**
 * The folders whose files' history the site shows: content and data (translations, last-changed dates) and the page
 * templates. Asked for together, one `git log` answers the loader and the community alike.
 */
export const HISTORY_FOLDERS = ["content", "_data", "src/pages"] as const;

/** Last commit date (YYYY-MM-DD) by path relative to `folder`, for files under the given subfolders. */
export function lastChanged(folder: string, subfolders: readonly string[]): Map<string, string> {
  // Newest commits come first, so a file's first commit is its last change.
  return new Map([...commitsByFile(folder, subfolders)].map(([file, [last]]) => [file, last!.date]));
}

/** A commit that changed a file: what translators read to see what changed in an original. */
export interface Commit {
  hash: string;
  /** YYYY-MM-DD. */
  date: string;
  subject: string;
}

/** Every commit that changed each file under the subfolders, newest first, by path relative to `folder`; empty without git history. */
export function commitsByFile(folder: string, subfolders: readonly string[]): Map<string, Commit[]> {
  const commits = new Map<string, Commit[]>();
  const log = git(folder, ["log", "--format=%x00%H %cs %s", "--name-only", "--relative", "--no-renames", "--", ...subfolders]);
  if (log.status !== 0) return commits;
  for (const entry of log.stdout.split("\0").slice(1)) {
    const [header = "", ...files] = entry.trim().split("\n");
    const [hash = "", date = "", ...subject] = header.split(" ");
    for (const file of files.filter(Boolean)) {
      const changes = commits.get(file) ?? [];
      changes.push({ hash, date, subject: subject.join(" ") });
      commits.set(file, changes);
    }
  }
  return commits;
}

/** Whether `ancestor` is `commit` or lies in its history; false when either is unknown to the repository. */
export function isAncestor(folder: string, ancestor: string, commit: string): boolean {
  return git(folder, ["merge-base", "--is-ancestor", ancestor, commit]).status === 0;
}
