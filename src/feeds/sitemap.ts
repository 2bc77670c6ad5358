// sitemap.xml: every HTML page the build writes, with absolute addresses.
import { escapeXml } from "./xml.ts";

export function sitemap(urls: readonly string[], base: string): string {
  const entries = [...new Set(urls)].sort().map((url) => `  <url><loc>${escapeXml(new URL(url, base).href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, "</urlset>", ""].join("\n");
}
