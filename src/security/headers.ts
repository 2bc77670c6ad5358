// The Content-Security-Policy every page carries, and the other security headers for hosts that can send them.
// Scripts come only from the site itself: no inline script, no eval; the search page alone may compile
// Pagefind's WebAssembly, and the map may load OpenStreetMap tiles only when site.yaml turns them on.
import type { Site } from "../schema/site.ts";

const OPENSTREETMAP_TILES = "https://tile.openstreetmap.org";

export interface PolicyNeeds {
  /** Pagefind compiles WebAssembly, which CSP treats as a kind of eval. */
  webAssembly?: boolean;
}

export function contentSecurityPolicy(site: Site, needs: PolicyNeeds = {}): string {
  const tiles = site.map?.tiles === "openstreetmap" ? ` ${OPENSTREETMAP_TILES}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${needs.webAssembly ? " 'wasm-unsafe-eval'" : ""}`,
    "style-src 'self'",
    `img-src 'self' data:${tiles}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * Headers for hosts that read a _headers file (Netlify, Cloudflare Pages). A browser enforces every policy it
 * receives, so this one is the union of the pages' needs; each page's meta tag then narrows it to that page.
 */
export function headersFile(site: Site): string {
  return [
    "/*",
    // frame-ancestors only works as a header, not in a meta tag.
    `  Content-Security-Policy: ${contentSecurityPolicy(site, { webAssembly: true })}; frame-ancestors 'self'`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "  Permissions-Policy: camera=(), microphone=(), geolocation=()",
    "",
  ].join("\n");
}
