// sitemap.xml: every HTML page the build writes, with absolute addresses.
import { publicUrl, type PublicationAddress } from "../routes.ts";
import { escapeXml } from "./xml.ts";

export function sitemap(urls: readonly string[], site: PublicationAddress): string {
  const entries = [...new Set(urls)].sort().map((url) => `  <url><loc>${escapeXml(publicUrl(site, url))}</loc></url>`);
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, "</urlset>", ""].join("\n");
}
