// The Atom feed of news in one language, with absolute links, using the Eleventy RSS plugin's helpers: in the language
// content is written in, every post; in another, the posts translated into it, at their pages in that language.
import { convertHtmlToAbsoluteUrls, dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { Community } from "../collections/community.ts";
import { localPath, publicUrl, routes, withBasePath } from "../routes.ts";
import { isTranslated, translatedAddress } from "./translated.ts";
import { escapeXml } from "./xml.ts";

const atomDate = (isoDate: string) => dateToRfc3339(new Date(`${isoDate}T00:00:00Z`));

export interface FeedOptions {
  /** The feed's title, in its language. */
  title: string;
  /** A post's HTML with its links leading where they lead on its page in the feed's language. */
  localizeLinks?: (html: string) => string;
}

/** The collection whose texts the feed quotes: a save of another record's text leaves every feed as it was. */
export const QUOTED = "news";

export async function atomFeed(community: Community, { title, localizeLinks = (html) => html }: FeedOptions): Promise<string> {
  const { site, language } = community;
  const original = community.languages[0]!.code;
  const inLanguage = (path: string) => publicUrl(site, localPath(path, language.code, original));
  const news = community[QUOTED].filter(isTranslated);
  const entries = await Promise.all(
    news.map(async (post) => {
      const url = publicUrl(site, translatedAddress(post, original));
      // Root-relative links in the body gain the base path first, then the feed makes them absolute.
      const html = await convertHtmlToAbsoluteUrls(
        localizeLinks(post.html).replace(/(href|src)="\/(?!\/)/g, (_, attribute: string) => `${attribute}="${withBasePath(site, "/")}`),
        url,
      );
      return [
        "  <entry>",
        `    <title>${escapeXml(post.title)}</title>`,
        `    <link href="${escapeXml(url)}"/>`,
        `    <id>${escapeXml(url)}</id>`,
        `    <updated>${atomDate(post.date)}</updated>`,
        ...post.authors.map((author) => `    <author><name>${escapeXml(author)}</name></author>`),
        `    <summary>${escapeXml(post.summary)}</summary>`,
        `    <content type="html">${escapeXml(html)}</content>`,
        "  </entry>",
      ].join("\n");
    }),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(language.code)}">`,
    `  <title>${escapeXml(title)}</title>`,
    `  <subtitle>${escapeXml(site.description)}</subtitle>`,
    `  <link href="${escapeXml(inLanguage(routes.feed))}" rel="self"/>`,
    `  <link href="${escapeXml(inLanguage(routes.news))}"/>`,
    `  <id>${escapeXml(inLanguage(routes.feed))}</id>`,
    // Atom requires a date even of a feed with no post yet; a fixed one keeps builds identical.
    `  <updated>${news[0] ? atomDate(news[0].date) : atomDate("2013-01-01")}</updated>`,
    `  <author><name>${escapeXml(site.title)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
