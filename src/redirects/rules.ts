// _redirects, in the format Netlify and Cloudflare Pages read: one permanent redirect per old address, then, for each
// language but the first, its own page not found for any unknown address under its folder.
import { localPath, routes, withBasePath } from "../routes.ts";
import { siteLanguages, type Site } from "../schema/site.ts";
import type { Redirect } from "./old-addresses.ts";

/** An address as it travels over HTTP: spaces and other characters percent-encoded, an anchor kept. */
function encoded(site: Site, address: string): string {
  if (!address.startsWith("/")) return new URL(address).href;
  const url = new URL(withBasePath(site, address), "https://site.invalid");
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Netlify serves a file that exists before it reads a rule, so these answer only unknown addresses; they come after
 * every old address, which they would otherwise take. Cloudflare Pages ignores a 404 rule and serves the nearest 404.html itself.
 */
function notFoundRules(site: Site): string[] {
  const [original, ...others] = siteLanguages(site);
  if (!original || others.length === 0) return [];
  return [
    "# An unknown address under a language's folder gets the page not found in that language.",
    ...others.map(({ code }) => `${encoded(site, `/${code}/*`)} ${encoded(site, localPath(routes.notFound, code, original.code))} 404`),
  ];
}

export function redirectRules(site: Site, redirects: readonly Redirect[]): string {
  const lines = redirects.map((redirect) => `${encoded(site, redirect.from)} ${encoded(site, redirect.to)} 301`);
  return ["# Addresses of the site this one replaced (redirect_from in content), each leading to its new address.", ...lines, ...notFoundRules(site), ""].join(
    "\n",
  );
}
