// Which of the pages Eleventy rendered go into the search index. Pagefind files each page under its <html lang>,
// so a language's index holds its pages; a page that stands in for one not translated yet (English text under
// another language's interface) asks robots not to index it, and stays out of that language's index too.

/** A page Eleventy rendered: its address on the site and its HTML, as Eleventy's after-build event gives them. */
export interface RenderedPage {
  url: string;
  content: string;
}

/** A meta element's start tag, and one of its attributes as the page shell writes them (src/layouts/shell/Head.tsx). */
const META = /<meta\b[^>]*>/gi;
const ATTRIBUTES = new Map<string, RegExp>();
const attribute = (tag: string, name: string) => {
  // Made once per name, not once per page and tag.
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")));
  return pattern
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);
};

/**
 * Whether the page's head holds <meta name="robots"> with noindex among its directives. Only the head is read, and
 * only its meta tags: the shell writes them, and a full parse of every page's head took 0.17 s of a build.
 */
export function asksNotToBeIndexed(html: string): boolean {
  // Most pages hold the word nowhere: one search of the text answers for them.
  if (!/noindex/i.test(html)) return false;
  const body = html.search(/<body[\s>]/i);
  const head = body === -1 ? html : html.slice(0, body);
  return [...head.matchAll(META)].some(([tag]) => {
    if (attribute(tag, "name")?.trim().toLowerCase() !== "robots") return false;
    return (attribute(tag, "content") ?? "").split(",").some((directive) => directive.trim().toLowerCase() === "noindex");
  });
}

/** The language Pagefind files a page under: its <html lang>, as the page shell writes it; "unknown" without one, as Pagefind says. */
export function pageLanguage(html: string): string {
  const tag = /<html\b[^>]*>/i.exec(html)?.[0];
  return (tag && attribute(tag, "lang")?.trim()) || "unknown";
}

/** Whether Pagefind is given a rendered page: one with a marked body (not the home page, lists, map), not asking to be left out. */
export const reachesTheIndex = (page: RenderedPage): boolean => page.content.includes("data-pagefind-body") && !asksNotToBeIndexed(page.content);

/** Whether a file Eleventy writes is a page that may be indexed: an HTML file outside /assets/. */
export const isIndexable = ({ url, outputPath }: { url?: string | false; outputPath?: string | false }): boolean =>
  typeof url === "string" && typeof outputPath === "string" && outputPath.endsWith(".html") && !url.startsWith("/assets/");

/** Two addresses in the order the index takes pages in. */
const byAddress = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Pages in the order of their addresses, the order the index takes them in whatever order they were rendered. */
export const inAddressOrder = (pages: Iterable<RenderedPage>): RenderedPage[] => [...pages].sort((a, b) => byAddress(a.url, b.url));

/**
 * Hands on rendered pages in the order of their addresses, whatever order they render in: each as soon as every page
 * expected before it in its group (a language's) has rendered. Pagefind's files depend on the order its records
 * arrive in, and the order pages render in varies between builds; pages rendered in address order pass at once. A
 * page not expected is never handed on: the index takes those after the expected ones (`finalOrder`).
 */
export class AddressOrder {
  /** Each group's addresses in order, and the position of the first not handed on yet. */
  #groupOf = new Map<string, { addresses: string[]; next: number }>();
  #named = false;
  #waiting = new Map<string, RenderedPage>();
  readonly #handOn: (page: RenderedPage) => void;

  constructor(handOn: (page: RenderedPage) => void) {
    this.#handOn = handOn;
  }

  /** Names the pages to expect, in groups whose order is each their own, before any has rendered; only once. */
  expect(groups: Iterable<Iterable<string>>): void {
    if (this.#named) throw new Error("The pages to expect were named twice");
    this.#named = true;
    for (const urls of groups) {
      const group = { addresses: [...new Set(urls)].filter((url) => !this.#groupOf.has(url)).sort(byAddress), next: 0 };
      for (const url of group.addresses) this.#groupOf.set(url, group);
    }
    for (const group of new Set(this.#groupOf.values())) this.#flow(group);
  }

  rendered(page: RenderedPage): void {
    const group = this.#groupOf.get(page.url);
    if (this.#named && !group) return;
    this.#waiting.set(page.url, page);
    if (group) this.#flow(group);
  }

  /** All the pages in the order the index takes them: the expected ones by address, then the others by address. */
  finalOrder(pages: Iterable<RenderedPage>): RenderedPage[] {
    const ordered = inAddressOrder(pages);
    return [...ordered.filter(({ url }) => this.#groupOf.has(url)), ...ordered.filter(({ url }) => !this.#groupOf.has(url))];
  }

  #flow(group: { addresses: string[]; next: number }): void {
    for (let url = group.addresses[group.next]; url !== undefined && this.#waiting.has(url); url = group.addresses[++group.next]) {
      const page = this.#waiting.get(url)!;
      this.#waiting.delete(url);
      this.#handOn(page);
    }
  }
}

/** Of what Eleventy wrote, the pages that may be indexed, in a fixed order. */
export function pagesToIndex(results: ReadonlyArray<{ url?: string | false; outputPath?: string | false; content?: unknown }>): RenderedPage[] {
  return inAddressOrder(
    results.flatMap(({ url, outputPath, content }) =>
      isIndexable({ url, outputPath }) && typeof content === "string" ? [{ url: url as string, content }] : [],
    ),
  );
}
