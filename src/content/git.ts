// Every question the loader asks git, answered once per state of the repository: a preview loads the content again on
// every save, and git's answers change only with its commits, which a save does not make. The compiled check and
// build keep the answers between runs too (src/content/kept.ts).
import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { KeptAnswers } from "./kept.ts";

export interface GitAnswer {
  /** git's exit status; null when git could not be started. */
  status: number | null;
  stdout: string;
}

const answers = new Map<string, { state: string; answer: GitAnswer }>();

/**
 * Runs `git <args>` in `folder`, or gives the answer it gave before if the repository has made no commit since. With
 * `onlySuccess`, a failure is asked again next time: a commit fetched later is not a change to the files read here.
 */
export function git(folder: string, args: readonly string[], { onlySuccess = false } = {}): GitAnswer {
  const key = JSON.stringify([resolve(folder), args]);
  const state = repositoryState(folder);
  const known = answers.get(key);
  if (known && known.state === state) return known.answer;
  // Between runs only git's successes are kept, by the state they were given in: a failure may be git missing.
  const answer =
    state === NO_REPOSITORY
      ? ask(folder, args)
      : keptAnswers.get(
          folder,
          JSON.stringify([args, state]),
          () => ask(folder, args),
          (asked) => asked.status === 0,
        );
  if (answer.status === 0 || !onlySuccess) answers.set(key, { state, answer });
  return answer;
}

/** Git's successful answers, kept between runs of the compiled check and build with the repository's state they describe. */
const keptAnswers = new KeptAnswers<GitAnswer>("git-answers");

function ask(folder: string, args: readonly string[]): GitAnswer {
  const run = spawnSync("git", args, { cwd: folder, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: typeof run.stdout === "string" ? run.stdout : "" };
}

const NO_REPOSITORY = "no repository";

/**
 * What changes when a commit is made, fetched or checked out, read from the files git keeps them in (far cheaper
 * than starting git): the git folder, its HEAD and the branch it names, packed refs, and whether history is shallow.
 */
export function repositoryState(folder: string): string {
  const gitFolder = findGitFolder(resolve(folder));
  if (!gitFolder) return NO_REPOSITORY;
  const head = readOr(join(gitFolder, "HEAD"));
  const branch = /^ref: (.+)$/m.exec(head)?.[1];
  const common = readOr(join(gitFolder, "commondir")).trim();
  const shared = common ? resolve(gitFolder, common) : gitFolder;
  const stamp = (path: string) => {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats ? `${stats.size}:${stats.mtimeMs}` : "-";
  };
  return [
    gitFolder,
    head,
    branch ? readOr(join(gitFolder, branch)) || readOr(join(shared, branch)) : "",
    stamp(join(shared, "packed-refs")),
    stamp(join(shared, "shallow")),
    stamp(join(shared, "objects", "info", "alternates")),
  ].join("\n");
}

/** The .git folder that `folder` is in, following a .git file (a worktree, a submodule) to the folder it names. */
function findGitFolder(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    const dotGit = join(current, ".git");
    const stats = statSync(dotGit, { throwIfNoEntry: false });
    if (stats?.isDirectory()) return dotGit;
    if (stats?.isFile()) {
      const named = /^gitdir: (.+)$/m.exec(readOr(dotGit))?.[1]?.trim();
      return named ? resolve(current, named) : undefined;
    }
    if (dirname(current) === current) return undefined;
  }
}

function readOr(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
