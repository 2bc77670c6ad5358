// Links on a page in another language lead to that language's version of each page, so a visitor who chose Spanish
// stays in Spanish: in the layouts' links and in every Markdown body alike, whatever language its text is in.
// A link that names its language (hreflang: the language switcher, "read the original") keeps its address.
import type { Community } from "../collections/community.ts";
import { hasCalendarIn } from "../feeds/calendar.ts";
import { localizedRoutes, routes } from "../routes.ts";
import type { LanguageCode } from "../schema/languages.ts";

/** For each language but the first: the addresses (in the first language) that have a version in it. */
export function localizedPaths(communities: Record<LanguageCode, Community>): Map<string, Set<string>> {
  const [original, ...others] = Object.values(communities);
  const records = original
    ? [...original.pages, ...original.workshops, ...original.partners, ...original.news, ...original.projects].map(({ url }) => url)
    : [];
  return new Map(
    others.map((community) => {
      const generated = localizedRoutes.filter((path) => path !== routes.notFound);
      const calendar = hasCalendarIn(community) ? [routes.calendar] : [];
      return [community.language.code, new Set([...generated, ...calendar, ...records])];
    }),
  );
}

/** A start tag of a link or form, whose address may be rewritten. */
const LINK_TAG = /<(?:a|form)\b[^>]*>/gi;
const ADDRESS = /(\s(?:href|action)=")([^"]*)"/i;

/** The page's HTML with each link to a page that exists in its language leading to that version. */
export function localizeLinks(html: string, pageUrl: string, localizable: ReadonlyMap<string, ReadonlySet<string>>, basePath: string): string {
  const withinBase = pageUrl.startsWith(basePath) ? pageUrl.slice(basePath.length - 1) : pageUrl;
  const code = withinBase.split("/")[1] ?? "";
  const paths = localizable.get(code);
  if (!paths) return html;
  return html.replace(LINK_TAG, (tag) => {
    if (/\shreflang=/i.test(tag)) return tag;
    return tag.replace(ADDRESS, (whole, before: string, address: string) => {
      const base = address.startsWith(basePath) ? basePath.slice(0, -1) : "";
      const [, path = "", rest = ""] = /^([^?#]*)(.*)$/.exec(address.slice(base.length)) ?? [];
      return paths.has(path) ? `${before}${base}/${code}${path}${rest}"` : whole;
    });
  });
}
