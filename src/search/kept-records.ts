// Each page's search record as the search thread read it from the page's HTML (src/search/page-record.ts), kept
// between runs of the compiled build in the content's .cache/search-index/ by the digest of the page's address and
// HTML: a page the last build gave Pagefind, unchanged, is given the record read then, not read again. Only a build
// that goes on from the last one keeps them (src/eleventy/last-build.ts); `--full` reads every page.
import type { CustomRecord } from "pagefind";
import { isDenseArray, readKeptValue, writeKeptValue } from "../kept-values.ts";
import { pageDigest } from "./kept-indexes.ts";
import { pageRecord } from "./page-record.ts";
import type { RenderedPage } from "./pages.ts";

/** The file under .cache/search-index/ that holds them. */
export const KEPT_RECORDS_FILE = "page-records.v8";

/** A page's record, or null for a page Pagefind would not index (no marked body). */
type Kept = CustomRecord | null;

export class KeptPageRecords {
  readonly #file: string;
  /** The last build's records, by page digest, read on first use. */
  #earlier: Map<string, Kept> | undefined;
  /** The records this build gave, by page digest. */
  readonly #given = new Map<string, Kept>();

  constructor(file: string) {
    this.#file = file;
  }

  /** The record known for the page with this digest: given by this build, or else kept by the last (read on first use). */
  #known(digest: string): Kept | undefined {
    if (this.#given.has(digest)) return this.#given.get(digest);
    return (this.#earlier ??= asKeptRecords(readKeptValue(this.#file))).get(digest);
  }

  /** The record of `page` as Pagefind would read its HTML: the one kept for the same address and HTML, or its reading now. */
  recordOf(page: RenderedPage): CustomRecord | undefined {
    const digest = pageDigest(page);
    let record = this.#known(digest);
    // A kept record stands for its own page only: one naming another address is not taken, whatever the file says.
    if (record === undefined || (record !== null && record.url !== page.url)) record = pageRecord(page.url, page.content) ?? null;
    this.#given.set(digest, record);
    return record ?? undefined;
  }

  /** Keeps the records of the pages with these digests, as given by this build or kept from the last, for the next build. */
  keep(digests: Iterable<string>): void {
    const kept: Array<[string, Kept]> = [];
    for (const digest of new Set(digests)) {
      const record = this.#known(digest);
      if (record !== undefined) kept.push([digest, record]);
    }
    writeKeptValue(
      this.#file,
      kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  }
}

const isTextMap = (value: unknown, isValue: (entry: unknown) => boolean): boolean =>
  value === undefined || (typeof value === "object" && value !== null && Object.values(value).every(isValue));
const isText = (value: unknown) => typeof value === "string";
const isTextList = (value: unknown) => isDenseArray(value) && value.every(isText);

/** An object without a prototype holding `value`'s own entries: a name such as constructor or __proto__ stays a name. */
const plain = <T>(value: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, value);

/** Kept records as a build writes them, each of the shape Pagefind takes; anything else is read again from its page. */
function asKeptRecords(value: unknown): Map<string, Kept> {
  const records = new Map<string, Kept>();
  if (!isDenseArray(value)) return records;
  for (const entry of value) {
    if (!isDenseArray(entry) || typeof entry[0] !== "string") continue;
    const record = entry[1] as Partial<CustomRecord> | null;
    if (record === null) records.set(entry[0], null);
    else if (
      typeof record === "object" &&
      isText(record.url) &&
      isText(record.content) &&
      isText(record.language) &&
      isTextMap(record.meta, isText) &&
      isTextMap(record.filters, isTextList) &&
      isTextMap(record.sort, isText)
    ) {
      const { url, content, language, meta, filters, sort } = record as CustomRecord;
      const checked: CustomRecord = { url, content, language };
      if (meta) checked.meta = plain(meta);
      if (filters) checked.filters = plain(filters);
      if (sort) checked.sort = plain(sort);
      records.set(entry[0], checked);
    }
  }
  return records;
}
