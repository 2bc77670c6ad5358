// How far the build's JavaScript heap may grow ahead of what it holds. V8 lets a heap grow to up to four times what
// survived its last full collection when collecting is cheap, as it is while Eleventy renders: at 10,000 pages the
// build's heap reached 1.3 GB around 0.45 GB of live data. Growing by a tenth at a time keeps it near what it holds,
// for 7–20% more time, so only a site big enough for its memory to matter pays it.
import { setFlagsFromString } from "node:v8";

/**
 * Markdown documents beyond which a build bounds its heap's growth: the community's site has about 120. Without the
 * bound, a build of 5,000 documents peaked at 0.72–0.83 GB (and took 7% less time than with it), one of 10,000 at 1.47 GB.
 */
export const BIG_SITE_DOCUMENTS = 5000;

/** Bounds the heap's growth from now on, for a site of `documents` Markdown files; V8 reads the flag at each collection. */
export function fitHeapTo(documents: number): void {
  if (documents > BIG_SITE_DOCUMENTS) setFlagsFromString("--heap-growing-percent=10");
}
