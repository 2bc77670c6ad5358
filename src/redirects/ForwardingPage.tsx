// The small page left at an old address: it forwards at once without JavaScript, names the new address for people
// and crawlers, and asks search engines to keep only the new one.
import { contentSecurityPolicy } from "../security/headers.ts";
import { publicUrl } from "../routes.ts";
import type { Site } from "../schema/site.ts";
import type { Redirect } from "./old-addresses.ts";

export function ForwardingPage({ site, redirect }: { site: Site; redirect: Redirect }) {
  const canonical = canonicalOf(site, redirect.to);
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={contentSecurityPolicy(site)} />
        <meta name="referrer" content="strict-origin-when-cross-origin" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="robots" content="noindex" />
        <title>{`${redirect.title} · ${site.title}`}</title>
        <link rel="canonical" href={canonical} />
        <meta http-equiv="refresh" content={`0; url=${redirect.to}`} />
      </head>
      <body>
        <main>
          <h1>{redirect.title}</h1>
          <p>
            This page has moved to <a href={redirect.to}>{canonical}</a>.
          </p>
        </main>
      </body>
    </html>
  );
}

/** The new address in full; the refresh and the link gain the base path from HtmlBasePlugin, like every link. */
const canonicalOf = (site: Site, address: string) => (address.startsWith("/") ? publicUrl(site, address) : address);
