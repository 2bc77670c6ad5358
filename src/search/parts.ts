// A big site's search index in parts: Pagefind holds every word of an index in memory while it builds it (1.1 GB
// for 10,000 pages), so a language with more records than a part holds is dealt out over further Pagefind bundles,
// each built by a process of its own, which the search page merges into one search. A site of the community's size is one part.
// Shared by the build, which writes the parts, and the search page's script, which merges them.

/** How many parts each language's index has, by language code, as the build writes them to PARTS_FILE. */
export type SearchParts = Partial<Record<string, number>>;

/** The file in the main bundle naming each language's number of parts. */
export const PARTS_FILE = "parts.json";

/** The folder, inside the main bundle, of part `number` (from 2: the main bundle is part 1). */
export const partFolder = (number: number) => `part-${number}/`;

/** The bundles to merge into a search of `language`: its parts after the first, which every language has in the main bundle. */
export function partBundles(mainBundle: string, parts: SearchParts, language: string): string[] {
  const count = parts[language];
  const further = Number.isInteger(count) && count! > 1 ? count! - 1 : 0;
  return Array.from({ length: further }, (_, index) => `${mainBundle}${partFolder(index + 2)}`);
}
