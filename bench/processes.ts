// Running what the benchmark measures: a command timed under GNU time, or `npm start` started, watched and stopped.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import type { Measured } from "./results.ts";

export interface Run {
  seconds: number;
  /** User and system processor time of the command and everything it started: the work done, whatever else runs. */
  cpuSeconds: number;
  /** The largest single process of the run: Node, or Pagefind's own process. */
  peakMegabytes: number;
  /** Node's own peak, when the run loaded bench/memory.mjs; otherwise the largest process's. */
  nodeMegabytes: number;
  /** What the command printed, stdout then stderr. */
  output: string;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The 1-minute load average: on a shared 2-core machine, what else was running says how far to trust a figure. */
export const load = () => loadavg()[0]!;

/** The processor time all processes have used so far, and of it the time not idle (Linux's /proc/stat, in ticks). */
function processorTime(): { busy: number; total: number } | undefined {
  if (!existsSync("/proc/stat")) return undefined;
  // cpu  user nice system idle iowait irq softirq steal …
  const ticks = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  return { busy: total - ticks[3]! - ticks[4]!, total };
}

/** How often the benchmark waited for a quiet machine, and how often it gave up waiting; each part reads and resets it. */
const quiet = { starts: 0, busyStarts: 0, waitedMs: 0 };

/**
 * Waits until the machine has been nearly idle (under 20 % busy) for a second, or `limit` ms have passed. Other work on a
 * shared 2-core machine is the largest noise in these figures; starting each timed run in a calm moment cuts most of it.
 */
export async function quietMachine(limit = 30_000): Promise<void> {
  const started = performance.now();
  const samples = [processorTime()];
  if (!samples[0]) return;
  quiet.starts++;
  for (;;) {
    await wait(200);
    samples.push(processorTime());
    const [first, last] = [samples.at(-6), samples.at(-1)!];
    if (first && (last.busy - first.busy) / Math.max(1, last.total - first.total) < 0.2) break;
    if (performance.now() - started > limit) {
      quiet.busyStarts++;
      break;
    }
  }
  quiet.waitedMs += performance.now() - started;
}

/** Starts recording a part's conditions; the function returned gives them when the part ends. */
export function conditions(): () => Pick<Measured, "load" | "quiet"> {
  const started = load();
  Object.assign(quiet, { starts: 0, busyStarts: 0, waitedMs: 0 });
  return () => ({
    load: [started, load()],
    quiet: { starts: quiet.starts, busyStarts: quiet.busyStarts, waitedSeconds: Math.round(quiet.waitedMs / 100) / 10 },
  });
}

/** Runs a command under GNU time for wall time and peak memory (the largest process of the run, children included). */
export function timed(command: string, args: string[], { cwd, environment = {} }: { cwd: string; environment?: Record<string, string> }): Run {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M %U %S", command, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...environment },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${(result.stdout + result.stderr).slice(-3000)}`);
  const [seconds, kilobytes, user, system] = result.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
  const node = /node-peak-rss-kb (\d+)/.exec(result.stderr);
  return {
    seconds: seconds!,
    cpuSeconds: Math.round((user! + system!) * 100) / 100,
    peakMegabytes: kilobytes! / 1024,
    nodeMegabytes: node ? Number(node[1]) / 1024 : kilobytes! / 1024,
    output: result.stdout + result.stderr,
  };
}

/** Loaded with --import: prints Node's own peak memory when the process exits, for timed() to read. */
export const MEMORY_REPORT = join(import.meta.dirname, "memory.mjs");

/** A port nothing listens on. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

export interface Preview {
  origin: string;
  /** performance.now() when npm was started. */
  startedAt: number;
  /** Everything `npm start` printed so far. */
  log(): string;
  /** performance.now() when `pattern` first appeared in what npm start printed, if it has. */
  printedAt(pattern: RegExp): number | undefined;
  /** Resolves once `pattern` has been printed `count` times in all; fails after `timeout` ms or if npm start exits. */
  until(pattern: RegExp, timeout: number, count?: number): Promise<void>;
  /** Resolves once nothing new has been printed for `quiet` ms. */
  settled(quiet: number, timeout: number): Promise<void>;
  /** Whether npm start is still running. */
  running(): boolean;
  stop(): Promise<void>;
}

/** Process groups of the `npm start`s still running, stopped if the benchmark exits first (Ctrl-C, a failure). */
const previewGroups = new Set<number>();
process.on("exit", () => {
  for (const group of previewGroups) {
    try {
      process.kill(-group, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
});

/**
 * `npm start` in the code folder `code`, as an editor starts it, in its own process group so that stopping it stops
 * everything it started. `root` (the content) is given through the variable the project reads (src/repository.ts);
 * without it, the content is the code folder's own, as after a clone.
 */
export async function startPreview(
  code: string,
  { root, output }: { root?: string; output?: string } = {},
  environment: Record<string, string> = {},
): Promise<Preview> {
  const port = await freePort();
  const env: Record<string, string | undefined> = { ...process.env, ...environment };
  delete env.LIVING_ATLASES_ROOT;
  if (root) env.LIVING_ATLASES_ROOT = root;
  const startedAt = performance.now();
  const server = spawn("npm", ["start", "--", `--port=${port}`, ...(output ? [`--output=${output}`] : [])], {
    cwd: code,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  previewGroups.add(server.pid!);
  let log = "";
  let lastOutput = startedAt;
  /** Where each chunk of output ends in the log, and when it came. */
  const chunks: { end: number; at: number }[] = [];
  const append = (chunk: Buffer) => {
    log += chunk.toString();
    lastOutput = performance.now();
    chunks.push({ end: log.length, at: lastOutput });
  };
  server.stdout.on("data", append);
  server.stderr.on("data", append);
  const exited = new Promise<void>((resolve) => server.on("exit", () => resolve()));
  const running = () => server.exitCode === null && server.signalCode === null;
  const fail = (what: string) => new Error(`npm start in ${code} ${what}; it printed:\n${log.slice(-3000)}`);
  return {
    origin: `http://127.0.0.1:${port}`,
    startedAt,
    log: () => log,
    printedAt(pattern) {
      const match = pattern.exec(log);
      return match ? chunks.find((chunk) => chunk.end >= match.index + match[0].length)?.at : undefined;
    },
    async until(pattern, timeout, count = 1) {
      // Counted as the output grows: under npm start on a large site it runs to megabytes.
      const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
      const deadline = performance.now() + timeout;
      for (let found = 0, scanned = 0; ; await wait(10)) {
        global.lastIndex = scanned;
        for (let match = global.exec(log); match; match = global.exec(log)) {
          found++;
          scanned = global.lastIndex;
        }
        if (found >= count) return;
        if (!running()) throw fail("stopped");
        if (performance.now() > deadline) throw fail(`did not print ${pattern} ${count} times within ${timeout / 1000} s`);
      }
    },
    async settled(quiet, timeout) {
      const deadline = performance.now() + timeout;
      while (performance.now() - lastOutput < quiet) {
        if (performance.now() > deadline) throw fail(`was still printing after ${timeout / 1000} s`);
        await wait(20);
      }
    },
    running,
    async stop() {
      try {
        process.kill(-server.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
      await exited;
      previewGroups.delete(server.pid!);
    },
  };
}

/** Resolves as soon as `file` contains `text`: checks every 2 ms, and reads the file only when it has changed. */
export async function untilFileContains(file: string, text: string, timeout: number): Promise<void> {
  let seen = "";
  const deadline = performance.now() + timeout;
  for (; ; await wait(2)) {
    const stats = statSync(file, { bigint: true, throwIfNoEntry: false });
    const version = stats ? `${stats.ino}:${stats.size}:${stats.mtimeNs}` : "";
    if (version !== seen) {
      seen = version;
      if (stats && readFileSync(file, "utf8").includes(text)) return;
    }
    if (performance.now() > deadline) throw new Error(`${file} did not contain "${text}" within ${timeout} ms`);
  }
}

/** The machine, for the report: processors, memory, system, Node and npm. */
export function machine(scratch: string | undefined): string {
  const cpu = cpus();
  const npm = spawnSync("npm", ["--version"], { encoding: "utf8" }).stdout.trim();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory, ${platform()} ${release()}, Node ${process.version}, npm ${npm}${scratch ? `; every site, copy and clone on ${scratch} (memory-backed)` : ""}`;
}
