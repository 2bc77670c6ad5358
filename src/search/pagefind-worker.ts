// The thread that sends the build's records to its Pagefind processes (src/search/pagefind-thread.ts). Pagefind's
// Node API writes each record down its process's pipe, which an event loop writes: this thread's loop is free while
// the build's renders pages.
import childProcess, { type ChildProcess } from "node:child_process";
import { parentPort, workerData } from "node:worker_threads";
import type { PagefindIndex } from "pagefind";
import type { FromThread, SearchRecord, ToThread } from "./pagefind-thread.ts";
import { KeptPageRecords } from "./kept-records.ts";
import { pageRecord } from "./page-record.ts";

type PagefindApi = typeof import("pagefind");

/**
 * Instances of Pagefind's Node API whose process has ended, free for another. The API starts one process per
 * instance of its module, and an ES module imported under another address is another instance: the query in the
 * address only names it. Reused, so a preview's rebuilds do not add one each.
 */
const idle: PagefindApi[] = [];
let instances = 0;
const pagefindProcess = async (): Promise<PagefindApi> =>
  idle.pop() ?? ((await import(`${(workerData as { pagefind: string }).pagefind}?instance=${++instances}`)) as PagefindApi);

/**
 * The unit whose Pagefind process is being started. Pagefind's API never learns that its process ended: a request in
 * flight then waits for ever. It starts the process with child_process.spawn, inside createIndex, so the process a
 * spawn starts there is that unit's, which fails once it ends unasked.
 */
let starting: Unit | undefined;
function startedBy<T>(unit: Unit, start: () => T): T {
  starting = unit;
  try {
    return start();
  } finally {
    starting = undefined;
  }
}
const spawn = childProcess.spawn.bind(childProcess);
childProcess.spawn = ((...args: Parameters<typeof spawn>): ChildProcess => {
  const child = spawn(...args);
  const unit = starting;
  child.on("exit", (code, signal) => unit?.ended(signal ?? code));
  return child;
}) as typeof childProcess.spawn;

/** Records sent and not answered yet, at most: a bound on what waits in Pagefind's pipe, and enough to keep it busy. */
const IN_FLIGHT = 64;

// Pagefind's API rejects with a message as often as with an Error.
const asError = (failure: unknown) => (failure instanceof Error ? failure : new Error(typeof failure === "string" ? failure : JSON.stringify(failure)));

const nameOf = (record: SearchRecord) => ("page" in record ? record.page.url : record.material);

/** The records kept by the last build (src/search/kept-records.ts), by the file they are kept in, for the units of the build that named it. */
const keptRecords = new Map<string, KeptPageRecords>();

/** One language's part of the index, in a Pagefind process of its own. */
class Unit {
  readonly #api = pagefindProcess();
  // No forced language: Pagefind files each record under its own language, stemmed for it.
  readonly #index = this.#api.then(async ({ createIndex }): Promise<PagefindIndex> => {
    const { index, errors } = await startedBy(this, () => createIndex({}));
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    return index;
  });
  /** The records given and not sent yet, in order, from `#next` on: a record sent is no longer held here. */
  #queue: Array<SearchRecord | undefined> = [];
  #next = 0;
  #inFlight = 0;
  readonly #refused: string[] = [];
  #failure: unknown;
  /** Called once every record given is answered. */
  #whenAnswered: Array<() => void> = [];
  #stopped = false;
  #built: Promise<unknown> = Promise.resolve();
  #closed: Promise<void> | undefined;
  /** Fails once the process ends before it was closed: what waits for one of its answers waits no longer. */
  #processEnded: Promise<never>;
  #endProcess: (error: Error) => void = () => undefined;
  /** The last build's records of pages, read again only for a page that changed; none: every page is read. */
  readonly #records: KeptPageRecords | undefined;

  constructor(records: KeptPageRecords | undefined) {
    this.#records = records;
    this.#processEnded = new Promise<never>((_, fail) => (this.#endProcess = fail));
    this.#processEnded.catch(() => undefined);
    this.#index.then(
      () => this.#send(),
      (error: unknown) => {
        this.#failure = error;
        this.#answered();
      },
    );
  }

  /** Pagefind's process ended: unless the unit was closing it, nothing it was asked will be answered. */
  ended(how: string | number | null): void {
    if (this.#closed) return;
    const error = new Error(`Pagefind's process ended (${how}) before the index was built`);
    this.#failure ??= error;
    this.#endProcess(error);
    this.#answered();
  }

  /** Takes `records` after those given before: each is sent as soon as fewer than IN_FLIGHT wait for an answer. */
  add(records: readonly SearchRecord[]): void {
    this.#queue.push(...records);
    void this.#index.then(
      () => this.#send(),
      () => undefined,
    );
  }

  async #send(): Promise<void> {
    const index = await this.#index;
    while (this.#next < this.#queue.length && this.#inFlight < IN_FLIGHT && !this.#stopped && this.#failure === undefined) {
      const record = this.#queue[this.#next]!;
      this.#queue[this.#next++] = undefined;
      // Now and then the sent part goes, so the queue holds only what waits.
      if (this.#next >= 1024 && this.#next * 2 >= this.#queue.length) [this.#queue, this.#next] = [this.#queue.slice(this.#next), 0];
      this.#inFlight++;
      // A page is read here, on this thread, into the record Pagefind's own reading would make (src/search/page-record.ts),
      // unless the last build kept the record of the same page (src/search/kept-records.ts).
      const custom = !("page" in record)
        ? record.record
        : this.#records
          ? this.#records.recordOf(record.page)
          : pageRecord(record.page.url, record.page.content);
      const answer = custom ? index.addCustomRecord(custom) : Promise.resolve({ errors: [] });
      answer
        .then(
          ({ errors }) => this.#refused.push(...errors.map((error) => `${nameOf(record)}: ${error}`)),
          (error: unknown) => (this.#failure ??= error),
        )
        .finally(() => {
          this.#inFlight--;
          void this.#send();
          this.#answered();
        });
    }
  }

  /** Whether every record given is answered, or none will be; then what waits for that goes on. */
  #answered(): void {
    // A failed unit waits for nothing more: an ended process answers nothing.
    const done = this.#failure !== undefined || (this.#inFlight === 0 && (this.#next === this.#queue.length || this.#stopped));
    if (!done) return;
    for (const resume of this.#whenAnswered.splice(0)) resume();
  }

  /** Waits until every record given is answered, or none will be. */
  #allAnswered(): Promise<void> {
    return new Promise((resume) => {
      this.#whenAnswered.push(resume);
      this.#answered();
    });
  }

  build(): Promise<FromThread["files"]> {
    const built = this.#build();
    this.#built = built.catch(() => undefined);
    return built;
  }

  async #build(): Promise<FromThread["files"]> {
    try {
      await this.#allAnswered();
      if (this.#failure !== undefined) throw asError(this.#failure);
      if (this.#stopped) throw new Error("the index was cancelled");
      if (this.#refused.length > 0) throw new Error(`Pagefind could not index ${this.#refused.join("; ")}`);
      const index = await this.#index;
      // Pagefind 1.5's writeFiles could answer before its last file was flushed (the build was seen reading an
      // empty pagefind-entry.json); taking the files and writing them in the build compares them with the last build's.
      const built = await Promise.race([index.getFiles(), this.#processEnded]);
      if (built.errors.length > 0) throw new Error(`Pagefind could not build the index: ${built.errors.join("; ")}`);
      return built.files;
    } finally {
      await this.close();
    }
  }

  /**
   * Sends no more records, and ends the process once those sent are answered: killed in the middle of one, Pagefind
   * prints a panic over the preview's terminal as it loses its pipes.
   */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#allAnswered();
    await this.#built;
    await this.close();
  }

  /** Ends the process, once, and frees its instance of the API for another. */
  close(): Promise<void> {
    this.#closed ??= this.#api.then(
      async (api) => {
        await api.close();
        idle.push(api);
      },
      () => undefined,
    );
    return this.#closed;
  }
}

const units = new Map<number, Unit>();
const port = parentPort!;

port.on("message", (message: ToThread) => {
  if (message.method === "keepRecords") {
    // A build whose units read no page leaves the records kept as they are.
    keptRecords.get(message.file)?.keep(message.digests);
    keptRecords.delete(message.file);
    return port.postMessage({ id: message.id } satisfies FromThread);
  }
  let unit = units.get(message.unit);
  if (message.method === "add") {
    const file = message.keptRecords;
    if (file !== undefined && !keptRecords.has(file)) keptRecords.set(file, new KeptPageRecords(file));
    if (!unit) units.set(message.unit, (unit = new Unit(file === undefined ? undefined : keptRecords.get(file))));
    return unit.add(message.records);
  }
  // A unit is given records before it is built; one stopped before any starts no process.
  const work = !unit ? Promise.resolve(undefined) : message.method === "build" ? unit.build() : unit.stop().then(() => undefined);
  const forget = () => void units.delete(message.unit);
  work.finally(forget).then(
    (files) => port.postMessage({ id: message.id, files } satisfies FromThread),
    (error: unknown) => port.postMessage({ id: message.id, error: String((error as Error)?.message ?? error) } satisfies FromThread),
  );
});
