// The real content: `npm run build` from the terminal, npm and all, against bare Eleventy + the Pagefind CLI over the
// same Markdown (content/**/*.md, translations included), alternating, after one warm-up of each.
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { buildBaseline } from "../baseline/build.ts";
import { editsBetweenRuns } from "../edits.ts";
import { conditions, quietMachine, timed, type Run } from "../processes.ts";
import type { Stamp, RealBuildResult } from "../results.ts";
import { countHtml, countMarkdown } from "../sites.ts";

const npmRunBuild = (repository: string, output: string) => timed("npm", ["run", "build", "--", "--output", output], { cwd: repository });

/** The build's own clock, from its last line: "Built 563 files into … in 2.04 s." */
function ownClock(run: Run): number {
  const clock = /Built \d+ files into .* in ([\d.]+) s\./.exec(run.output);
  if (!clock) throw new Error(`npm run build did not say how long it took:\n${run.output.slice(-2000)}`);
  return Number(clock[1]);
}

/** `repository` is a copy of the repository whose .cache, if any, may be filled; `runs` alternating runs of each. */
export async function measureRealContent(repository: string, scratch: string, runs: number, measured: () => Stamp): Promise<RealBuildResult> {
  const folder = mkdtempSync(join(scratch, "bench-real-"));
  try {
    const ours = join(folder, "ours");
    const baseline = join(folder, "baseline");
    const content = join(repository, "content");
    const ended = conditions();
    // The warm-up: in a fresh copy it reads every material file's text, which later builds find cached.
    const firstBuild = npmRunBuild(repository, ours).seconds;
    buildBaseline(repository, content, baseline);
    const times: { ours: Run[]; baseline: Run[] } = { ours: [], baseline: [] };
    const edits = editsBetweenRuns(repository);
    for (let run = 0; run < runs; run++) {
      edits.save(run);
      await quietMachine();
      times.ours.push(npmRunBuild(repository, ours));
      await quietMachine();
      times.baseline.push(buildBaseline(repository, content, baseline));
      console.log(
        `  real content, run ${run + 1}: npm run build ${times.ours.at(-1)!.seconds.toFixed(2)} s, baseline ${times.baseline.at(-1)!.seconds.toFixed(2)} s`,
      );
    }
    edits.restore();
    return {
      measured: { ...measured(), ...ended() },
      markdownFiles: countMarkdown(repository),
      ours: {
        seconds: times.ours.map((run) => run.seconds),
        cpuSeconds: times.ours.map((run) => run.cpuSeconds),
        ownClock: times.ours.map(ownClock),
        peakMegabytes: Math.max(...times.ours.map((run) => run.peakMegabytes)),
        html: countHtml(ours),
      },
      baseline: {
        seconds: times.baseline.map((run) => run.seconds),
        cpuSeconds: times.baseline.map((run) => run.cpuSeconds),
        peakMegabytes: Math.max(...times.baseline.map((run) => run.peakMegabytes)),
        html: countHtml(baseline),
      },
      firstBuild,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
