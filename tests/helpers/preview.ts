// `npm start` itself on a test repository, in its own process group so a test can stop it and everything it started.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { REPOSITORY } from "./site.ts";

export interface RunningPreview {
  origin: string;
  /** Everything it printed so far. */
  log: () => string;
  /** Resolves once the rebuild of its last save has ended and it has printed nothing for a moment. */
  idle: () => Promise<void>;
  stop: () => Promise<void>;
}

/** What Eleventy prints when a rebuild ends with no save waiting, and when its file watcher reports a save. */
const WATCHING = "Watching…";
const SAVED = "File changed:";
/** How long an idle preview prints nothing: longer than its file watcher takes to report a save. */
const QUIET_MS = 300;

/** A port nothing listens on, for this run's preview. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/**
 * Starts `npm start` on `repository`, writing into its _site/, and returns once its file watcher has seen a save of
 * `watched` (a file of the repository, saved unchanged until then).
 */
export async function startPreview(repository: string, watched: string): Promise<RunningPreview> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--serve", `--port=${port}`, `--output=${join(repository, "_site")}`],
    {
      cwd: REPOSITORY,
      env: { ...process.env, LIVING_ATLASES_ROOT: repository, SITE_TODAY: "2026-11-21" },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  server.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.on("exit", () => resolve()));
  const stop = async () => {
    try {
      process.kill(-server.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
    await exited;
  };
  for (const started = Date.now(); !log.includes("Server at");) {
    if (Date.now() - started > 30_000 || server.exitCode !== null) {
      await stop();
      assert.fail(`npm start did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // Eleventy prints "Watching…" before its file watcher is ready, and a save before then goes unseen, as it would for
  // an editor: the file is saved unchanged until the watcher reports a change, so the tests' saves are all seen.
  const file = join(repository, watched);
  for (const started = Date.now(); !log.includes(SAVED);) {
    if (Date.now() - started > 30_000) {
      await stop();
      assert.fail(`npm start never saw a change to ${watched}:\n${log}`);
    }
    writeFileSync(file, readFileSync(file));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // The priming saves start rebuilds of their own; a test's first save must not be counted against them.
  const idle = async () => {
    let seen = "";
    for (const started = Date.now(); seen !== log || log.lastIndexOf(WATCHING) < log.lastIndexOf(SAVED);) {
      if (Date.now() - started > 60_000) {
        await stop();
        assert.fail(`npm start never settled:\n${log.slice(-3000)}`);
      }
      seen = log;
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    }
  };
  await idle();
  return { origin: `http://127.0.0.1:${port}`, log: () => log, idle, stop };
}
