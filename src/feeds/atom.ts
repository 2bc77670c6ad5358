// The Atom feed of news, with absolute links, using the Eleventy RSS plugin's helpers.
import { convertHtmlToAbsoluteUrls, dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { Community } from "../collections/community.ts";
import { publicUrl, routes, withBasePath } from "../routes.ts";
import { escapeXml } from "./xml.ts";

const atomDate = (isoDate: string) => dateToRfc3339(new Date(`${isoDate}T00:00:00Z`));

export async function atomFeed(community: Community): Promise<string> {
  const { site, news } = community;
  const entries = await Promise.all(
    news.map(async (post) => {
      const url = publicUrl(site, post.url);
      // Root-relative links in the body gain the base path first, then the feed makes them absolute.
      const html = await convertHtmlToAbsoluteUrls(
        post.html.replace(/(href|src)="\/(?!\/)/g, (_, attribute: string) => `${attribute}="${withBasePath(site, "/")}`),
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
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <title>${escapeXml(`${site.title} news`)}</title>`,
    `  <subtitle>${escapeXml(site.description)}</subtitle>`,
    `  <link href="${escapeXml(publicUrl(site, routes.feed))}" rel="self"/>`,
    `  <link href="${escapeXml(publicUrl(site, routes.news))}"/>`,
    `  <id>${escapeXml(publicUrl(site, routes.feed))}</id>`,
    `  <updated>${news[0] ? atomDate(news[0].date) : atomDate("2013-01-01")}</updated>`,
    `  <author><name>${escapeXml(site.title)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
