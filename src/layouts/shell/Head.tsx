// The page's <head>: security policy, title and description, canonical address, link previews (Open Graph), the
// stylesheets, feeds and calendars, the few module scripts, and schema.org data.
import { jsonForScript } from "../../feeds/structured-data.ts";
import { localPath, publicUrl, routes } from "../../routes.ts";
import { hasCalendarIn } from "../../feeds/calendar.ts";
import { contentSecurityPolicy, type PolicyNeeds } from "../../security/headers.ts";
import type { TemplateData } from "../types.ts";

interface HeadProps {
  data: TemplateData;
  /** The page's own title, and the full one the browser shows. */
  title: string;
  fullTitle: string;
  description: string;
  canonical: string;
  /** The page in each language it is translated into, with its full address; none for a page that stands in for one. */
  alternates: ReadonlyArray<{ code: string; href: string }>;
  /** False for pages search engines should leave out: an untranslated page that shows the original. */
  indexed: boolean;
  stylesheets: readonly string[];
  scripts: readonly string[];
  /** Module scripts a page's script imports once it may, fetched meanwhile. */
  preloads: readonly string[];
  kind: "website" | "article";
  image?: { url: string; alt: string } | undefined;
  structuredData?: Record<string, unknown> | undefined;
  calendar?: string | undefined;
  policy?: PolicyNeeds | undefined;
}

export function Head({
  data,
  title,
  fullTitle,
  description,
  canonical,
  alternates,
  indexed,
  stylesheets,
  scripts,
  preloads,
  kind,
  image,
  structuredData,
  calendar,
  policy,
}: HeadProps) {
  const { site, language, languageCodes } = data;
  const strings = data.strings.site;
  const original = languageCodes[0]!;
  return (
    <head>
      <meta charset="utf-8" />
      <meta http-equiv="Content-Security-Policy" content={contentSecurityPolicy(site, policy)} />
      <meta name="referrer" content="strict-origin-when-cross-origin" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      <meta name="color-scheme" content="light dark" />
      {indexed ? null : <meta name="robots" content="noindex" />}
      <link rel="canonical" href={canonical} />
      {alternates.length > 1
        ? [
            ...alternates.map(({ code, href }) => <link key={code} rel="alternate" hreflang={code} href={href} />),
            <link key="x-default" rel="alternate" hreflang="x-default" href={alternates.find(({ code }) => code === original)?.href} />,
          ]
        : null}
      <meta property="og:site_name" content={site.title} />
      <meta property="og:type" content={kind} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={canonical} />
      <meta property="og:locale" content={strings.language.openGraphLocale} />
      {image ? <meta property="og:image" content={publicUrl(site, image.url)} /> : null}
      {image ? <meta property="og:image:alt" content={image.alt} /> : null}
      <meta name="twitter:card" content={image ? "summary_large_image" : "summary"} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <link rel="stylesheet" href={data.assets.stylesheet} />
      {stylesheets.map((href) => (
        <link key={href} rel="stylesheet" href={href} />
      ))}
      <link rel="icon" href={data.assets.favicon} type="image/svg+xml" />
      <link rel="alternate" type="application/atom+xml" title={strings.head.newsFeed(site.title)} href={localPath(routes.feed, language.code, original)} />
      <link
        rel="alternate"
        type="text/calendar"
        title={strings.head.eventsCalendar(site.title)}
        href={hasCalendarIn(data.community) ? localPath(routes.calendar, language.code, original) : routes.calendar}
      />
      {calendar ? <link rel="alternate" type="text/calendar" title={strings.head.pageCalendar(title)} href={calendar} /> : null}
      {scripts.map((src) => (
        <script key={src} type="module" src={src} />
      ))}
      {preloads.map((href) => (
        <link key={href} rel="modulepreload" href={href} />
      ))}
      {structuredData ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(structuredData) }} /> : null}
    </head>
  );
}
