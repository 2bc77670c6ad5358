// The parts of Pagefind's browser API and of its component UI that this site's script uses, typed: the component
// UI's instances tell what was searched and found; Pagefind's own module makes a search of another language.

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
}

interface PagefindModule {
  createInstance(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Pagefind;
}

/** A search of the component UI, which its elements show. */
export interface ComponentInstance {
  searchTerm: string;
  on(event: "search", callback: (term: string) => void): void;
  on(event: "results", callback: (response: SearchResponse) => void): void;
}

interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): ComponentInstance };
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
export async function pagefindIn(language: string, bundlePath: string, options: { baseUrl: string; excerptLength: number }): Promise<Pagefind> {
  const module = (await import(`${bundlePath}pagefind.js`)) as PagefindModule;
  const root = document.documentElement;
  const pageLanguage = root.getAttribute("lang") ?? "";
  root.setAttribute("lang", language);
  try {
    return module.createInstance({ ...options, noWorker: true });
  } finally {
    root.setAttribute("lang", pageLanguage);
  }
}
