// Text inside workshop materials, read at build time: PDF with Mozilla's pdf.js, office formats with
// officeparser, HTML from the cleaned copy the site publishes. Results are cached by the file's content hash, so an
// unchanged file is never read twice. Files are read only inside the repository's assets/ folder, whatever links say.
import { createHash } from "node:crypto";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { fork, type ChildProcess } from "node:child_process";
import { compiledBundle } from "../bundles.mjs";
import { materialSource } from "../materials/files.ts";
import { CODE_ROOT } from "../repository.ts";

/** Bump when extraction changes, so cached text from an older extractor is read again. */
const EXTRACTOR_VERSION = 2;

export const EXTRACTABLE = new Set([".pdf", ".pptx", ".docx", ".odp", ".odt", ".html", ".htm"]);

export type Extraction = { text: string; from: "file" | "cache" } | { error: string };

/** Bytes of text a worker may hold while reading one file; a crafted file that needs more ends the worker, not the build. */
const READER_MEMORY_MB = 512;
/** Longest a file may take to read; a file that takes longer is indexed by its title only. */
const READER_TIMEOUT_MS = 60_000;

/**
 * Reads materials' text in a child process, one file at a time: a document that inflates to gigabytes or never
 * finishes (a zip bomb inside a .docx, a crafted PDF) ends that process, even where it crashes Node itself, and the
 * next file gets a new one. A worker thread would share the build's process, and so its fate.
 */
class TextReader {
  private child: ChildProcess | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  read(file: string, extension: string): Promise<string> {
    const job = this.queue.then(() => this.readNow(file, extension));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private start(worker: string): ChildProcess {
    return fork(worker, [], {
      // Plain Node runs the compiled reader: through tsx, pdf.js alone took 0.8 s to load instead of 0.1 s.
      execArgv: [`--max-old-space-size=${READER_MEMORY_MB}`],
      stdio: ["ignore", "ignore", "ignore", "ipc"],
    });
  }

  private async readNow(file: string, extension: string): Promise<string> {
    const child = (this.child ??= this.start(await compiledWorker()));
    child.ref();
    child.channel?.ref();
    return new Promise<string>((resolve, reject) => {
      const stop = (reason: string) => {
        done();
        if (this.child === child) this.child = undefined;
        child.kill("SIGKILL");
        reject(new Error(reason));
      };
      const timer = setTimeout(() => stop(`took longer than ${READER_TIMEOUT_MS / 1000} s to read`), READER_TIMEOUT_MS);
      const done = () => {
        clearTimeout(timer);
        child.off("message", onMessage).off("exit", onExit);
        // Idle, the reader does not keep the build's process alive.
        child.unref();
        child.channel?.unref();
      };
      const onMessage = (answer: { text: string } | { error: string }) => {
        done();
        if ("text" in answer) resolve(answer.text);
        else reject(new Error(answer.error));
      };
      const onExit = () => stop(`needs more than ${READER_MEMORY_MB} MB to read`);
      child.on("message", onMessage).on("exit", onExit);
      child.send({ file, extension });
    });
  }
}

/** The reader's code compiled once per version of the code; a build that reads no file never compiles it. */
let worker: Promise<string> | undefined;
// Kept a day after a newer version is compiled: another build may be starting the older one.
const compiledWorker = () => (worker ??= compiledBundle(join(CODE_ROOT, "src/search/text-worker.ts"), "text-worker", { keepFor: 24 * 60 * 60 * 1000 }));

/** One reader per core: reading PDFs is CPU-bound. */
const readers = [new TextReader(), new TextReader()];
let turn = 0;
const readInWorker = (file: string, extension: string) => readers[turn++ % readers.length]!.read(file, extension);

/** Collapses runs of whitespace; the index needs words, not layout. */
const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

/** Each material's size and time when its text was last read, and the key its text is kept under. */
type MaterialHashes = Record<string, { size: number; modified: number; key: string }>;

/**
 * The text of each material, cached by the file's content hash. A list of the hashes, by path, size and
 * modification time, saves reading and hashing an unchanged file at all: on a site with thousands of
 * materials that is most of the work.
 */
export class MaterialTextCache {
  private constructor(
    private readonly folder: string,
    private readonly hashes: MaterialHashes,
  ) {}

  private changed = false;

  private static list(folder: string) {
    return join(folder, "hashes.json");
  }

  static async open(folder: string): Promise<MaterialTextCache> {
    try {
      return new MaterialTextCache(folder, JSON.parse(await readFile(MaterialTextCache.list(folder), "utf8")) as MaterialHashes);
    } catch {
      return new MaterialTextCache(folder, {});
    }
  }

  /** The text of the material at a site path such as /assets/materials/workshop-2016/10 Collectory.pdf. */
  async extract(root: string, sitePath: string): Promise<Extraction> {
    const file = join(root, sitePath);
    const extension = extname(file).toLowerCase();
    if (!EXTRACTABLE.has(extension)) return { error: `${extension || "files without an extension"} cannot be read` };
    let source: string;
    let stamp: { size: number; modified: number };
    try {
      source = await materialSource(root, sitePath);
      const stats = await stat(source);
      stamp = { size: stats.size, modified: stats.mtimeMs };
    } catch (error) {
      return { error: (error as Error).message };
    }
    const known = this.hashes[file];
    if (known && known.size === stamp.size && known.modified === stamp.modified) {
      const text = await readFile(join(this.folder, `${known.key}.txt`), "utf8").catch(() => undefined);
      if (text !== undefined) return { text, from: "cache" };
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(source);
    } catch (error) {
      return { error: (error as Error).message };
    }
    const key = createHash("sha256").update(`${EXTRACTOR_VERSION}:`).update(bytes).digest("hex");
    const cached = join(this.folder, `${key}.txt`);
    const remember = () => {
      this.hashes[file] = { ...stamp, key };
      this.changed = true;
    };
    try {
      const text = await readFile(cached, "utf8");
      remember();
      return { text, from: "cache" };
    } catch {
      // Not cached yet: read the file below.
    }
    try {
      const text = tidy(await readInWorker(source, extension));
      if (text === "") return { error: "no text found in it" };
      await mkdir(this.folder, { recursive: true });
      await writeFile(cached, text);
      remember();
      return { text, from: "file" };
    } catch (error) {
      return { error: (error as Error).message.split("\n")[0] ?? "unreadable" };
    }
  }

  /** Writes the list of hashes, sorted, when this build learned something new. */
  async save(): Promise<void> {
    if (!this.changed) return;
    await mkdir(this.folder, { recursive: true });
    const sorted = Object.fromEntries(Object.entries(this.hashes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeFile(MaterialTextCache.list(this.folder), `${JSON.stringify(sorted, null, 1)}\n`);
    this.changed = false;
  }
}
