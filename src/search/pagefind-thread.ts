// The build's Pagefind processes, driven from a thread of its own (src/search/pagefind-worker.ts). Pagefind's Node
// API writes each record down its process's pipe, and a pipe is written by an event loop: the build's is busy for the
// whole of rendering, since Eleventy renders in one chain of promises, so records handed over while pages rendered
// reached Pagefind only once the last page was. The thread's loop is free: a record given to it goes down the pipe at
// once, and Pagefind indexes each page on the other core while the next ones render.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { CustomRecord, IndexFile } from "pagefind";
import { compiledBundle } from "../bundles.mjs";
import { CODE_ROOT } from "../repository.ts";
import type { RenderedPage } from "./pages.ts";

/** One record for Pagefind: a workshop material, or a rendered page in its <html lang>. */
export type SearchRecord = { material: string; record: CustomRecord } | { page: RenderedPage };

/** What the build asks of the thread for one unit: each unit is given records, then built or stopped. */
export type ToThread = { unit: number; method: "add"; records: SearchRecord[] } | { unit: number; method: "build" | "stop"; id: number };

/** The thread's answer to a build (the files Pagefind built) or to a stop. */
export type FromThread = { id: number; files?: IndexFile[]; error?: string };

type Waiter = { resolve(files: IndexFile[] | undefined): void; reject(error: Error): void };

/** The thread, with the answers awaited from it by request. */
type Thread = { worker: Worker; waiting: Map<number, Waiter> };

/** The thread's code compiled once per version of the code, like the text reader's; kept a day for a build still starting the older one. */
const compiledThread = () => compiledBundle(join(CODE_ROOT, "src/search/pagefind-worker.ts"), "pagefind-worker", { keepFor: 24 * 60 * 60 * 1000 });

/**
 * The process's one thread, started on first use. It is unreferenced while no answer is awaited, so it never keeps a
 * process running by itself; its Pagefind processes end with it.
 */
let thread: Promise<Thread> | undefined;
let requests = 0;
let units = 0;

function startThread(): Promise<Thread> {
  if (thread) return thread;
  const starting = compiledThread().then((file): Thread => {
    const worker = new Worker(pathToFileURL(file), { workerData: { pagefind: import.meta.resolve("pagefind") } });
    const waiting = new Map<number, Waiter>();
    worker.on("message", ({ id, files, error }: FromThread) => {
      const waiter = waiting.get(id);
      waiting.delete(id);
      if (waiting.size === 0) worker.unref();
      if (error !== undefined) waiter?.reject(new Error(error));
      else waiter?.resolve(files);
    });
    // A thread that fails fails what waits for it; the next unit starts another.
    worker.on("error", (error) => {
      thread = undefined;
      running = undefined;
      for (const waiter of waiting.values()) waiter.reject(error);
      waiting.clear();
    });
    worker.unref();
    running = { worker, waiting };
    return running;
  });
  // A thread whose code could not be compiled is tried again by the next unit.
  starting.catch(() => {
    if (thread === starting) thread = undefined;
  });
  thread = starting;
  return starting;
}

/**
 * Starts the thread, if it is not running, and waits for it: a thread started while pages render would start only
 * once they are all rendered, and compiling its code (once per version) needs the event loop too.
 */
export async function startPagefindThread(): Promise<void> {
  await startThread();
}

/** The thread once it is running, to which a message goes at once, with no wait for a turn of the event loop. */
let running: Thread | undefined;
/** Messages waiting for the thread to start, in order. */
let queued: Promise<unknown> | undefined;

/** Sends `message` now if the thread is running, or as soon as it is; messages keep their order. */
function post(message: ToThread): void {
  if (running && !queued) return running.worker.postMessage(message);
  const after = (queued ?? Promise.resolve()).then(async () => (await startThread()).worker.postMessage(message));
  queued = after;
  const settled = () => {
    if (queued === after) queued = undefined;
  };
  after.then(settled, settled);
}

async function ask(message: ToThread & { id: number }): Promise<IndexFile[] | undefined> {
  const { worker, waiting } = await startThread();
  return new Promise((resolve, reject) => {
    if (waiting.size === 0) worker.ref();
    waiting.set(message.id, { resolve, reject });
    post(message);
  });
}

/** One language's records in one part of the index, built by a Pagefind process of its own, which starts with its first records. */
export class IndexUnit {
  readonly #unit = ++units;
  #given = false;
  #ended: Promise<IndexFile[] | undefined> | undefined;

  constructor(
    readonly language: string,
    readonly part: number,
  ) {}

  /** Sends `records` after those sent before: to Pagefind's pipe at once, whatever the build's event loop is doing. */
  add(records: readonly SearchRecord[]): void {
    if (this.#ended) throw new Error(`The search index of ${this.language} was given records after it was built`);
    this.#given = true;
    post({ unit: this.#unit, method: "add", records: [...records] });
  }

  /** Builds the index of the records sent, and ends the process. */
  async build(): Promise<IndexFile[]> {
    if (this.#ended) throw new Error(`The search index of ${this.language} was built twice`);
    this.#ended = ask({ unit: this.#unit, method: "build", id: ++requests });
    const files = await this.#ended;
    if (!files) throw new Error(`The search index of ${this.language} was given no records`);
    return files;
  }

  /**
   * Stops the unit: no record is sent any more, and its process ends once the records sent are answered.
   * Killed in the middle of one, Pagefind prints a panic over the preview's terminal as it loses its pipes.
   */
  async stop(): Promise<void> {
    // A unit given nothing has no process to end.
    if (!this.#given) return;
    await ask({ unit: this.#unit, method: "stop", id: ++requests });
  }
}
