// What of Pagefind's browser API and of its component UI this site's script uses, typed: the component UI's
// instances tell what was searched and found; Pagefind's own module makes a search of another language. A big
// site's index comes in parts (src/search/parts.ts), which both merge.
import { PARTS_FILE, type SearchParts } from "../parts.ts";

/** One result's data, as Pagefind's JavaScript API loads it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Partial<Record<string, string>>;
}

export interface SearchResponse {
  results: Array<{ data(): Promise<ResultData> }>;
  unfilteredResultCount?: number;
}

export interface Pagefind {
  search(term: string, options: { filters?: Record<string, unknown> }): Promise<SearchResponse>;
  mergeIndex(bundlePath: string, options: { language: string }): Promise<void>;
}

interface PagefindModule {
  createInstance(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Pagefind;
}

/** A search of the component UI, which its elements show. */
export interface ComponentInstance {
  searchTerm: string;
  /** Read when the instance first loads Pagefind, at its first search or filter list: the bundles it merges. */
  options: { mergeIndex: Array<{ bundlePath: string }> };
  on(event: "search", callback: (term: string) => void): void;
  on(event: "results", callback: (response: SearchResponse) => void): void;
}

interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): ComponentInstance };
}

/** How many parts each language's index has (src/search/parts.ts); none if the file cannot be read, as with one part. */
export async function searchParts(mainBundle: string): Promise<SearchParts> {
  try {
    const response = await fetch(`${mainBundle}${PARTS_FILE}`);
    return response.ok ? ((await response.json()) as SearchParts) : {};
  } catch {
    return {};
  }
}

/**
 * Starts the component UI, searching `bundles` merged with the main one. Its elements take the page's shared
 * instance as its script defines them, and it reads the bundles to merge only once Pagefind's own script has loaded,
 * a fetch later: set right after the component script has run, they are in place for any search.
 */
export async function startComponentSearch(mainBundle: string, bundles: readonly string[]): Promise<void> {
  await import(`${mainBundle}pagefind-component-ui.js`);
  const instance = await componentSearch();
  instance.options.mergeIndex = bundles.map((bundlePath) => ({ bundlePath }));
}

/** The component UI's search that the page's elements share, once its script has defined them. */
export async function componentSearch(): Promise<ComponentInstance> {
  await customElements.whenDefined("pagefind-results");
  return (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents.getInstanceManager().getInstance("default");
}

/**
 * A Pagefind search of `language`'s index with its own stemming. Pagefind takes both from <html lang> as an instance
 * is created, so the attribute names that language for the moment of the call; and this instance runs on the page's
 * thread, apart from the component UI's worker, whose WebAssembly already stems the page's language.
 */
export async function pagefindIn(
  language: string,
  bundlePath: string,
  bundles: readonly string[],
  options: { baseUrl: string; excerptLength: number },
): Promise<Pagefind> {
  const module = (await import(`${bundlePath}pagefind.js`)) as PagefindModule;
  const root = document.documentElement;
  const pageLanguage = root.getAttribute("lang") ?? "";
  root.setAttribute("lang", language);
  let pagefind: Pagefind;
  try {
    pagefind = module.createInstance({ ...options, noWorker: true });
  } finally {
    root.setAttribute("lang", pageLanguage);
  }
  for (const bundle of bundles) await pagefind.mergeIndex(bundle, { language });
  return pagefind;
}
