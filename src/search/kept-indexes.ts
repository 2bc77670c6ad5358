// Each language's search index as Pagefind built it, kept between runs of the compiled build in the content's
// .cache/search-index/, with what it was built from: the digest of the language's material records and of each page
// given to it, in order. Pagefind's files depend only on the records it is given, in their order, and on its version
// (part of the code's): a build that gives a language the same records as the last one takes its files as they are,
// and starts no Pagefind process for it.
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { CustomRecord, IndexFile } from "pagefind";
import { isDenseArray, isPlainRelativePath, readKeptValue, writeKeptValue } from "../kept-values.ts";
import type { RenderedPage } from "./pages.ts";

/** What one language's index was built from, and the files Pagefind gave for it. */
interface KeptIndex {
  materials: string;
  /** The digest of the editors' files the build read (src/content/kept.ts), if it could tell. */
  filesRead?: string | undefined;
  /** Each page's address and digest, in the order given. */
  pages: Array<[string, string]>;
  files: IndexFile[];
}

/** The digest of a language's material records, in their order. */
export const materialsDigest = (records: readonly CustomRecord[]): string => createHash("sha256").update(JSON.stringify(records)).digest("hex");

declare global {
  interface String {
    /** Whether the text holds no surrogate left unpaired: ES2024, in Node 20's V8, not in TypeScript's ES2023 library. */
    isWellFormed(): boolean;
  }
}

/**
 * The digest of a page as Pagefind is given it: its address and its HTML. Text is hashed as UTF-8, which writes a lone
 * surrogate as U+FFFD: HTML holding one is hashed as UTF-16 code units, so that it never shares a digest with the
 * same HTML holding U+FFFD, which reads differently.
 */
export function pageDigest({ url, content }: RenderedPage): string {
  const hash = createHash("sha256").update(url).update("\0");
  // Six times faster than a search for /\p{Surrogate}/u, which took more time than the hash itself.
  if (content.isWellFormed()) hash.update(content);
  else hash.update("\0utf-16\0").update(Buffer.from(content, "utf16le"));
  return hash.digest("hex");
}

const sameList = (a: ReadonlyArray<readonly [string, string]>, b: ReadonlyArray<readonly [string, string]>) =>
  a.length === b.length && a.every(([url, digest], position) => b[position]![0] === url && b[position]![1] === digest);

export class KeptIndexes {
  readonly #folder: string;
  readonly #earlier = new Map<string, KeptIndex | undefined>();
  /** Each kept language's pages by address. */
  readonly #pagesOf = new Map<string, Map<string, string>>();

  /** Indexes kept under `root`'s .cache/ by the same version of the code; none through tsx, which keeps nothing. */
  constructor(root: string) {
    this.#folder = join(root, ".cache", "search-index");
  }

  #read(language: string): KeptIndex | undefined {
    if (!this.#earlier.has(language)) this.#earlier.set(language, asKeptIndex(readKeptValue(join(this.#folder, `${language}.v8`))));
    return this.#earlier.get(language);
  }

  /** Whether the last build's index of `language` was built from these materials: it may serve again if the pages are the same. */
  mayServe(language: string, materials: string): boolean {
    return this.#read(language)?.materials === materials;
  }

  /**
   * Whether the last build's index of `language` was built from these materials, in a build that read the same
   * editors' files, unchanged: its pages are then likely to render the same, though only rendering them tells.
   */
  likelyToServe(language: string, materials: string, filesRead: string | undefined): boolean {
    return filesRead !== undefined && this.mayServe(language, materials) && this.#read(language)?.filesRead === filesRead;
  }

  /** Whether the last build gave `language`'s index this page, as it is now. */
  hadPage(language: string, page: RenderedPage): boolean {
    const kept = this.#read(language);
    if (!kept) return false;
    if (!this.#pagesOf.has(language)) this.#pagesOf.set(language, new Map(kept.pages));
    const digest = this.#pagesOf.get(language)!.get(page.url);
    return digest !== undefined && digest === pageDigest(page);
  }

  /** The files of the last build's index of `language`, if it was built from these materials and these pages, in this order. */
  files(language: string, materials: string, pages: ReadonlyArray<readonly [string, string]>): IndexFile[] | undefined {
    const kept = this.#read(language);
    return kept && kept.materials === materials && sameList(kept.pages, pages) ? kept.files : undefined;
  }

  /** Keeps the files Pagefind built for `language` from these records, for the next build. */
  keep(language: string, materials: string, pages: Array<[string, string]>, files: IndexFile[], filesRead: string | undefined): void {
    writeKeptValue(join(this.#folder, `${language}.v8`), { materials, filesRead, pages, files } satisfies KeptIndex);
  }
}

/** A kept index as it was written, or nothing: any other value, or a file it names outside the index's folder. */
function asKeptIndex(value: unknown): KeptIndex | undefined {
  const kept = value as Partial<KeptIndex> | undefined;
  if (typeof kept?.materials !== "string" || !isDenseArray(kept.pages) || !isDenseArray(kept.files)) return undefined;
  const wellFormed = kept.files.every((file) => typeof file?.path === "string" && isPlainRelativePath(file.path) && file.content instanceof Uint8Array);
  return wellFormed ? (kept as KeptIndex) : undefined;
}
