// The page's <head>: security policy, title and description, canonical address, link previews (Open Graph), the
// stylesheets, feeds and calendars, the few module scripts, and schema.org data.
import { jsonForScript } from "../../feeds/structured-data.ts";
import { publicUrl, routes } from "../../routes.ts";
import { contentSecurityPolicy, type PolicyNeeds } from "../../security/headers.ts";
import type { TemplateData } from "../types.ts";

interface HeadProps {
  data: TemplateData;
  /** The page's own title, and the full one the browser shows. */
  title: string;
  fullTitle: string;
  description: string;
  canonical: string;
  stylesheets: readonly string[];
  scripts: readonly string[];
  kind: "website" | "article";
  image?: { url: string; alt: string } | undefined;
  structuredData?: Record<string, unknown> | undefined;
  calendar?: string | undefined;
  policy?: PolicyNeeds | undefined;
}

export function Head({ data, title, fullTitle, description, canonical, stylesheets, scripts, kind, image, structuredData, calendar, policy }: HeadProps) {
  const { site } = data;
  return (
    <head>
      <meta charset="utf-8" />
      <meta http-equiv="Content-Security-Policy" content={contentSecurityPolicy(site, policy)} />
      <meta name="referrer" content="strict-origin-when-cross-origin" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      <meta name="color-scheme" content="light dark" />
      <link rel="canonical" href={canonical} />
      <meta property="og:site_name" content={site.title} />
      <meta property="og:type" content={kind} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={canonical} />
      <meta property="og:locale" content="en_GB" />
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
      <link rel="alternate" type="application/atom+xml" title={`${site.title} news`} href={routes.feed} />
      <link rel="alternate" type="text/calendar" title={`${site.title} events`} href={routes.calendar} />
      {calendar ? <link rel="alternate" type="text/calendar" title={`${title} (calendar)`} href={calendar} /> : null}
      {scripts.map((src) => (
        <script key={src} type="module" src={src} />
      ))}
      {structuredData ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(structuredData) }} /> : null}
    </head>
  );
}
