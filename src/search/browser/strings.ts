// The search results' interface strings in the page's language: the server renders them as JSON into the search
// app's data-strings attribute (src/pages/search.11ty.tsx), so this code holds no text of its own.
import type { search } from "../../i18n/en/search.ts";

export type SearchStrings = (typeof search)["browser"];

export function searchStrings(element: HTMLElement): SearchStrings {
  return JSON.parse(element.dataset.strings ?? "{}") as SearchStrings;
}

// Text that would otherwise be read as markup, or as Pagefind template syntax ({{ … }}).
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "{": "&#123;", "}": "&#125;" };
const escapeText = (text: string) => text.replace(/[&<>"{}]/g, (character) => ESCAPES[character]!);

/** A sentence as template markup: its text escaped, each {name} replaced by the markup given for it. */
export function fill<Name extends string>(template: string, markup: Record<Name, string>): string {
  return template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && Object.hasOwn(markup, name) ? markup[name as Name] : escapeText(part);
    })
    .join("");
}
