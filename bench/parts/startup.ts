// A contributor's first `npm start`: a fresh clone (no .cache, no _site), and a temporary folder of its own so that
// tsx has compiled nothing yet either; timed from starting npm to GET / answering 200 with the home page.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { conditions, quietMachine, startPreview, wait, type Preview } from "../processes.ts";
import type { Stamp, StartupResult } from "../results.ts";
import { copyRepository, type Snapshot } from "../snapshot.ts";

async function untilHomePage(preview: Preview, timeout: number): Promise<void> {
  const deadline = performance.now() + timeout;
  for (; preview.running() && performance.now() < deadline; await wait(25)) {
    const answer = await fetch(`${preview.origin}/`, { headers: { accept: "text/html" } }).catch(() => undefined);
    const text = answer?.ok ? await answer.text() : "";
    if (answer?.status === 200 && text.includes("<title>") && text.includes("</html>")) return;
  }
  throw new Error(`GET ${preview.origin}/ did not answer with the home page within ${timeout / 1000} s; npm start printed:\n${preview.log().slice(-3000)}`);
}

export async function measureStartup(snapshot: Snapshot, scratch: string, runs: number, measured: () => Stamp): Promise<StartupResult> {
  const folder = mkdtempSync(join(scratch, "bench-startup-"));
  try {
    const ended = conditions();
    const times: StartupResult["runs"] = [];
    for (let run = 0; run < runs; run++) {
      const clone = join(folder, `clone-${run}`);
      copyRepository(snapshot.folder, clone);
      const temporary = join(folder, `tmp-${run}`);
      mkdirSync(temporary);
      await quietMachine();
      const preview = await startPreview(clone, {}, { TMPDIR: temporary });
      try {
        await untilHomePage(preview, 15 * 60_000);
        const firstPage = (performance.now() - preview.startedAt) / 1000;
        await preview.until(/Server at/, 60_000);
        const serverAt = (preview.printedAt(/Server at/)! - preview.startedAt) / 1000;
        times.push({ serverAt, firstPage });
        console.log(`  fresh clone, run ${run + 1}: "Server at" after ${serverAt.toFixed(2)} s, home page after ${firstPage.toFixed(2)} s`);
      } finally {
        await preview.stop();
      }
      rmSync(clone, { recursive: true, force: true });
      rmSync(temporary, { recursive: true, force: true });
    }
    return { measured: { ...measured(), ...ended() }, nodeModules: "a symbolic link to the checkout's node_modules", runs: times };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
