// Which of the pages Eleventy rendered go into the search index. Pagefind files each page under its <html lang>,
// so a language's index holds its pages; a page that stands in for one not translated yet (English text under
// another language's interface) asks robots not to index it, and stays out of that language's index too.
import { Parser } from "htmlparser2";

/** A page Eleventy rendered: its address on the site and its HTML, as Eleventy's after-build event gives them. */
export interface RenderedPage {
  url: string;
  content: string;
}

/** Whether the page's head holds <meta name="robots"> with noindex among its directives. */
export function asksNotToBeIndexed(html: string): boolean {
  let noindex = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name !== "meta" || attributes.name?.trim().toLowerCase() !== "robots") return;
      if ((attributes.content ?? "").split(",").some((directive) => directive.trim().toLowerCase() === "noindex")) noindex = true;
    },
  });
  // The head is all that is read: a page's body can be long, and a robots meta there is not one.
  const body = html.search(/<body[\s>]/i);
  parser.end(body === -1 ? html : html.slice(0, body));
  return noindex;
}

/** Of what Eleventy wrote, the pages that may be indexed: HTML files outside /assets/, in a fixed order. */
export function pagesToIndex(results: ReadonlyArray<{ url?: string | false; outputPath?: string | false; content?: unknown }>): RenderedPage[] {
  return results
    .flatMap(({ url, outputPath, content }) =>
      typeof url === "string" && typeof outputPath === "string" && outputPath.endsWith(".html") && !url.startsWith("/assets/") && typeof content === "string"
        ? [{ url, content }]
        : [],
    )
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
