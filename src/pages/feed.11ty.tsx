// The Atom feed of news posts, in every language: /feed.xml has every post, /es/feed.xml those translated into Spanish.
import { atomFeed } from "../feeds/atom.ts";
import { localizeLinks } from "../eleventy/localized-links.ts";
import { localPath, routes } from "../routes.ts";
import { inEveryLanguage, inPageLanguage, type EveryLanguageData } from "../layouts/in-language.ts";

export const data = { ...inEveryLanguage(routes.feed, { quotesTexts: true }), eleventyExcludeFromCollections: true };

export function render(raw: EveryLanguageData) {
  const data = inPageLanguage(raw);
  // The posts' links lead where they lead on the posts' pages; their addresses gain the base path in the feed itself.
  const address = localPath(routes.feed, data.language.code, data.languageCodes[0]!);
  return atomFeed(data.community, {
    title: data.strings.site.head.newsFeed(data.site.title),
    localizeLinks: (html) => localizeLinks(html, address, data.localizable, "/"),
  });
}
