// The search page's own script: gives Pagefind's component UI this site's result template, shows it in place
// of the plain form, and keeps the query in the address (?q=…) both ways so searches can be linked to. In the
// languages other than the original, it offers the original language's results too (original-language.ts).
import { partBundles } from "../parts.ts";
import { offerOriginalLanguage } from "./original-language.ts";
import { searchParts, startComponentSearch } from "./pagefind.ts";
import { PLACEHOLDER_TEMPLATE, resultTemplate } from "./result-template.ts";
import { searchStrings } from "./strings.ts";

const app = document.querySelector<HTMLElement>("[data-search-app]");
const fallback = document.querySelector<HTMLElement>("[data-search-fallback]");

if (app) {
  // This script starts the component UI, once the templates are in place for its results element to take.
  for (const [name, text] of [
    ["result", resultTemplate(searchStrings(app))],
    ["placeholder", PLACEHOLDER_TEMPLATE],
  ] as const) {
    const template = document.createElement("script");
    template.type = "text/pagefind-template";
    template.dataset.template = name;
    template.textContent = text;
    app.querySelector("pagefind-results")?.append(template);
  }
  // The stylesheet hides the form already where browsers know @media (scripting); this is for the others.
  if (fallback) fallback.hidden = true;
  const bundle = app.querySelector("pagefind-config")?.getAttribute("bundle-path") ?? "/pagefind/";
  void searchParts(bundle).then(async (parts) => {
    await startComponentSearch(bundle, partBundles(bundle, parts, document.documentElement.lang));
    if (app.dataset.original) await offerOriginalLanguage(app, parts);
  });

  const query = new URLSearchParams(location.search).get("q") ?? "";
  void customElements.whenDefined("pagefind-input").then(() => {
    const waitForInput = () => {
      const input = app.querySelector<HTMLInputElement>("pagefind-input input");
      if (!input) {
        requestAnimationFrame(waitForInput);
        return;
      }
      if (query) {
        input.value = query;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
      input.addEventListener("input", () => {
        const url = new URL(location.href);
        if (input.value) url.searchParams.set("q", input.value);
        else url.searchParams.delete("q");
        history.replaceState(history.state, "", url);
      });
    };
    waitForInput();
  });
}
