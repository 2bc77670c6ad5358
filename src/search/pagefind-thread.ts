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

/**
 * What the build asks of the thread: for one unit, to take records (its pages read through the records kept in
 * `keptRecords`, src/search/kept-records.ts), then to build or stop; and, once a build's units are built, to keep the
 * records of its pages, by their digests, for the next build.
 */
export type ToThread =
  | { unit: number; method: "add"; records: SearchRecord[]; keptRecords: string | undefined }
  | { unit: number; method: "build" | "stop"; id: number }
  | { method: "keepRecords"; id: number; file: string; digests: string[] };

/** The thread's answer to a build (the files Pagefind built) or to a stop. */
export type FromThread = { id: number; files?: IndexFile[]; error?: string };

type Waiter = { resolve(files: IndexFile[] | undefined): void; reject(error: Error): void };

/** A thread, with the answers awaited from it by request, and why it failed once it has. */
type Thread = { worker: Worker; waiting: Map<number, Waiter>; failure?: Error };

/** The thread's code compiled once per version of the code, like the text reader's; kept a day for a build still starting the older one. */
const compiledThread = () => compiledBundle(join(CODE_ROOT, "src/search/pagefind-worker.ts"), "pagefind-worker", { keepFor: 24 * 60 * 60 * 1000 });

/**
 * The process's thread, started on first use, and the same thread once it is running, to which a message goes at
 * once, with no wait for a turn of the event loop. It is unreferenced while no answer is awaited, so it never keeps a
 * process running by itself; its Pagefind processes end with it. A thread that fails fails every unit it holds, and
 * the next unit starts another.
 */
let thread: Promise<Thread> | undefined;
let running: Thread | undefined;
let requests = 0;
let units = 0;

function startThread(): Promise<Thread> {
  if (thread) return thread;
  const starting = compiledThread().then((file): Thread => {
    const worker = new Worker(pathToFileURL(file), { workerData: { pagefind: import.meta.resolve("pagefind") } });
    const started: Thread = { worker, waiting: new Map() };
    worker.on("message", ({ id, files, error }: FromThread) => {
      const waiter = started.waiting.get(id);
      started.waiting.delete(id);
      if (started.waiting.size === 0) worker.unref();
      if (error !== undefined) waiter?.reject(new Error(error));
      else waiter?.resolve(files);
    });
    const fail = (error: Error) => {
      started.failure ??= error;
      if (thread === starting) thread = undefined;
      if (running === started) running = undefined;
      for (const waiter of started.waiting.values()) waiter.reject(started.failure);
      started.waiting.clear();
    };
    worker.on("error", fail);
    // It ends only with the process, or when it fails.
    worker.on("exit", (code) => fail(new Error(`Pagefind's thread stopped (${code})`)));
    worker.unref();
    running = started;
    return started;
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

/** Waits for the thread's answer to the request numbered `id`; a thread that failed answers with why. */
function answerTo(started: Thread, id: number): Promise<IndexFile[] | undefined> {
  if (started.failure) return Promise.reject(new Error(`Pagefind's thread failed: ${started.failure.message}`));
  return new Promise((resolve, reject) => {
    if (started.waiting.size === 0) started.worker.ref();
    started.waiting.set(id, { resolve, reject });
  });
}

/**
 * Keeps in `file`, for the next build, the records the thread gave for the pages with these digests, as read or as
 * kept (src/search/kept-records.ts): once every unit given them is built.
 */
export async function keepPageRecords(file: string, digests: string[]): Promise<void> {
  const started = await startThread();
  const id = ++requests;
  const answer = answerTo(started, id);
  if (!started.failure) started.worker.postMessage({ method: "keepRecords", id, file, digests } satisfies ToThread);
  await answer;
}

/** One language's records in one part of the index, built by a Pagefind process of its own, which starts with its first records. */
export class IndexUnit {
  readonly #unit = ++units;
  /** The thread that holds the unit, from its first records on, once known; until then, what waits for it to start. */
  #thread: Thread | undefined;
  #starting: Promise<Thread> | undefined;
  #ended: Promise<IndexFile[] | undefined> | undefined;

  /** `keptRecords`: the file of the last build's records of pages, through which the unit's pages are read, if any. */
  constructor(
    readonly language: string,
    readonly part: number,
    readonly keptRecords?: string,
  ) {}

  /** Sends `message` to the unit's thread now if it is running, or, in order, as soon as it is. */
  #post(message: ToThread): void {
    if (!this.#thread && !this.#starting && running) this.#thread = running;
    if (this.#thread && !this.#starting) {
      if (!this.#thread.failure) this.#thread.worker.postMessage(message);
      return;
    }
    const after = (this.#starting ??= startThread()).then((started) => {
      if (!started.failure) started.worker.postMessage(message);
      return started;
    });
    this.#starting = after;
    after.then(
      (started) => {
        if (this.#starting !== after) return;
        this.#thread = started;
        this.#starting = undefined;
      },
      () => undefined,
    );
  }

  /** Sends the unit's thread a request, and waits for its answer. */
  async #ask(method: "build" | "stop"): Promise<IndexFile[] | undefined> {
    const id = ++requests;
    this.#post({ unit: this.#unit, method, id });
    return answerTo(this.#thread && !this.#starting ? this.#thread : await this.#starting!, id);
  }

  /** Sends `records` after those sent before: to Pagefind's pipe at once, whatever the build's event loop is doing. */
  add(records: readonly SearchRecord[]): void {
    if (this.#ended) throw new Error(`The search index of ${this.language} was given records after it was built`);
    this.#post({ unit: this.#unit, method: "add", records: [...records], keptRecords: this.keptRecords });
  }

  /** Builds the index of the records sent, and ends the process. */
  async build(): Promise<IndexFile[]> {
    if (this.#ended) throw new Error(`The search index of ${this.language} was built twice`);
    if (!this.#thread && !this.#starting) throw new Error(`The search index of ${this.language} was given no records`);
    this.#ended = this.#ask("build");
    const files = await this.#ended;
    if (!files) throw new Error(`The search index of ${this.language} was given no records`);
    return files;
  }

  /**
   * Stops the unit: no record is sent any more, and its process ends once the records sent are answered. Killed in
   * the middle of one, Pagefind prints a panic over the preview's terminal as it loses its pipes. It never fails: a
   * unit whose thread failed has no process left.
   */
  async stop(): Promise<void> {
    // A unit given nothing has no process to end.
    if (!this.#thread && !this.#starting) return;
    await this.#ask("stop").catch(() => undefined);
  }
}
