// _redirects: one permanent redirect per old address, in the format Netlify and Cloudflare Pages read.
import { withBasePath } from "../routes.ts";
import type { Site } from "../schema/site.ts";
import type { Redirect } from "./old-addresses.ts";

/** An address as it travels over HTTP: spaces and other characters percent-encoded, an anchor kept. */
function encoded(site: Site, address: string): string {
  if (!address.startsWith("/")) return new URL(address).href;
  const url = new URL(withBasePath(site, address), "https://site.invalid");
  return `${url.pathname}${url.search}${url.hash}`;
}

export function redirectRules(site: Site, redirects: readonly Redirect[]): string {
  const lines = redirects.map((redirect) => `${encoded(site, redirect.from)} ${encoded(site, redirect.to)} 301`);
  return ["# Addresses of the site this one replaced (redirect_from in content), each leading to its new address.", ...lines, ""].join("\n");
}
