// `npm run check` on the real content as an editor runs it from the terminal: npm, Node, loading the code, checking.
import { spawnSync } from "node:child_process";
import { editsBetweenRuns } from "../edits.ts";
import { conditions, quietMachine } from "../processes.ts";
import type { CheckResult, Stamp } from "../results.ts";

function npmRunCheck(repository: string): { terminal: number; ownClock: number } {
  const started = performance.now();
  const result = spawnSync("npm", ["run", "check"], { cwd: repository, encoding: "utf8" });
  const terminal = (performance.now() - started) / 1000;
  const own = /checked in ([\d.]+) s/.exec(result.stdout);
  if (result.status !== 0 || !own) throw new Error(`npm run check failed in ${repository}:\n${result.stdout}${result.stderr}`);
  return { terminal, ownClock: Number(own[1]) };
}

export async function measureCheck(repository: string, runs: number, measured: () => Stamp): Promise<CheckResult> {
  const ended = conditions();
  // The first run compiles the tool once for this version of the code; editors pay that once, not on every check.
  npmRunCheck(repository);
  const edits = editsBetweenRuns(repository);
  const times: { terminal: number; ownClock: number }[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      edits.save(run);
      await quietMachine();
      times.push(npmRunCheck(repository));
    }
  } finally {
    edits.restore();
  }
  return { measured: { ...measured(), ...ended() }, terminal: times.map((run) => run.terminal), ownClock: times.map((run) => run.ownClock) };
}
