// How one search result reads: its type and date, its title, the workshop a material comes from, and the
// highlighted excerpt. Pagefind's component UI escapes {{ }} values; only its own excerpt markup is raw.
// The classes are this site's own, so Pagefind's card styles (a link stretched over the card) stay out.
import { fill, type SearchStrings } from "./strings.ts";

export function resultTemplate(strings: SearchStrings): string {
  const event = fill(strings.fromEvent, { event: '<a href="{{ meta.event_url | safeUrl }}">{{ meta.event }}</a>' });
  const authors = fill(strings.byAuthors, { authors: "{{ meta.authors }}" });
  return `<li class="search-result">
  <p class="search-result__kind">{{ meta.type }}{{#if meta.kind}} · {{ meta.kind }}{{/if}}{{#if meta.date}} · {{ meta.date }}{{/if}}</p>
  <p class="search-result__title"><a href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
  {{#if meta.event}}<p class="search-result__event">${event}{{#if meta.authors}}${authors}{{/if}}</p>{{/if}}
  {{#if excerpt}}<p class="search-result__excerpt">{{+ excerpt +}}</p>{{/if}}
</li>`;
}

// What stands in a result's place while Pagefind loads it: the same lines at the same heights, drawn as grey bars,
// so that the results below do not move when it arrives.
export const PLACEHOLDER_TEMPLATE = `<li class="search-result search-result--placeholder" aria-hidden="true">
  <p class="search-result__kind"><span></span></p>
  <p class="search-result__title"><span></span></p>
  <p class="search-result__event"><span></span></p>
  <p class="search-result__excerpt"><span></span><br><span></span></p>
</li>`;
