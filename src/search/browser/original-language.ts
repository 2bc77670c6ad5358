// On the search page in a language other than the original: when a search finds fewer than FEW_RESULTS results
// (before filters), an offer to search the original language's pages too. Once taken (or linked with ?also=<code>),
// the results in that language follow every search, under their own heading: its pages only, since every material
// is in the page language's results already, and the first few, with a link to all of them on its own search page.
import { partBundles, type SearchParts } from "../parts.ts";
import type { OriginalLanguageSearch } from "../types.ts";
import { componentSearch, pagefindIn, type Pagefind, type SearchResponse } from "./pagefind.ts";
import { resultElement } from "./result-element.ts";
import { searchStrings } from "./strings.ts";

/** Fewer results than this in the page's language is few. */
export const FEW_RESULTS = 3;
/** How many of the original language's results are shown; the link leads to the others. */
const SHOWN = 5;
/** The address parameter that opens the original language's results, such as ?q=atlas&also=en. */
export const ALSO_PARAMETER = "also";

/** `parts` is how many parts each language's index has (src/search/parts.ts). */
export async function offerOriginalLanguage(app: HTMLElement, parts: SearchParts): Promise<void> {
  const original = JSON.parse(app.dataset.original ?? "null") as OriginalLanguageSearch | null;
  const offer = app.querySelector<HTMLElement>("[data-original-offer]");
  const button = offer?.querySelector("button");
  const section = app.querySelector<HTMLElement>("[data-original-results]");
  const config = app.querySelector("pagefind-config");
  if (!original || !offer || !button || !section) return;
  const strings = searchStrings(app);
  const heading = section.querySelector<HTMLElement>("h2");
  const status = section.querySelector<HTMLElement>("[data-original-status]");
  const list = section.querySelector<HTMLElement>("[data-original-list]");
  // The link to all results is made here: the page holds no link without an address.
  const all = Object.assign(document.createElement("a"), { hreflang: original.language, hidden: true });
  const allLine = Object.assign(document.createElement("p"), { className: "search-original__all" });
  allLine.append(all);
  section.append(allLine);
  const search = await componentSearch();

  let opened = new URLSearchParams(location.search).get(ALSO_PARAMETER) === original.language;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
  const excluded = { [original.typeFilter]: { none: [original.material] } };

  const show = async (term: string) => {
    const ticket = ++latest;
    const bundle = config?.getAttribute("bundle-path") ?? "/pagefind/";
    pagefind ??= pagefindIn(original.language, bundle, partBundles(bundle, parts, original.language), {
      baseUrl: config?.getAttribute("base-url") ?? "/",
      excerptLength: Number(config?.getAttribute("excerpt-length") ?? 24),
    });
    // The component UI has waited for typing to pause already; a search started since makes this one's answer stale.
    const response: SearchResponse = term.trim() ? await (await pagefind).search(term, { filters: excluded }) : { results: [] };
    if (ticket !== latest) return;
    const results = await Promise.all(response.results.slice(0, SHOWN).map((result) => result.data()));
    if (ticket !== latest) return;
    list?.replaceChildren(...results.map((result) => resultElement(result, original.language)));
    if (status) status.textContent = term.trim() && results.length === 0 ? strings.originalNone : "";
    all.hidden = response.results.length <= SHOWN;
    all.textContent = strings.originalAll.replace("{count}", String(response.results.length));
    all.href = `${original.searchPage}?q=${encodeURIComponent(term)}`;
  };

  const open = () => {
    opened = true;
    app.dataset.originalOpen = "";
    offer.dataset.offered = "false";
    section.hidden = false;
    void show(search.searchTerm);
  };

  search.on("search", (term) => {
    if (opened) void show(term);
  });
  search.on("results", (response) => {
    const few = search.searchTerm.trim() !== "" && (response.unfilteredResultCount ?? response.results.length) < FEW_RESULTS;
    offer.dataset.offered = String(few && !opened);
  });
  button.addEventListener("click", () => {
    open();
    const url = new URL(location.href);
    url.searchParams.set(ALSO_PARAMETER, original.language);
    history.replaceState(history.state, "", url);
    heading?.focus();
  });
  if (opened) open();
}
