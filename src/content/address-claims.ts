// What the content says about addresses: each old address a file claims (redirect_from), and whether a web address
// names this site's own published address.
import { decodePath, readAddress } from "../schema/addresses.ts";
import type { ContentType, FieldPath } from "../schema/content-type.ts";
import { INSTALLATIONS_FILE } from "../schema/installation.ts";
import { partnerType } from "../schema/partner.ts";
import { SITE_FILE, type Site } from "../schema/site.ts";
import type { OldAddressClaim } from "../redirects/old-addresses.ts";
import { routes } from "../routes.ts";
import type { LoadedDocument } from "./documents.ts";
import { fieldName } from "./problems.ts";
import type { ParsedYaml } from "./yaml.ts";

/** The site path a web address names on this site's own published address, such as /workshops/ for https://living-atlases.gbif.org/workshops/. */
export function ownSitePath(site: Site, value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const home = new URL(site.basePath ?? "/", site.url);
  // http or https, with or without the root's trailing dot: a browser reaches the same site.
  const host = (address: URL) => address.hostname.replace(/\.$/, "");
  if (!/^https?:$/.test(url.protocol) || host(url) !== host(home) || url.port !== home.port || !url.pathname.startsWith(home.pathname)) return undefined;
  const decoded = decodePath(`/${url.pathname.slice(home.pathname.length)}`);
  return "path" in decoded ? decoded.path : undefined;
}

/** Every redirect_from in content, installations and materials, and site.yaml's redirects, in file and line order. */
export function oldAddressClaims(
  documents: ReadonlyArray<LoadedDocument<unknown> & { type: ContentType<unknown> }>,
  installationsYaml: ParsedYaml | undefined,
  siteYaml: ParsedYaml | undefined,
  assets: ReadonlySet<string>,
): OldAddressClaim[] {
  const claims: OldAddressClaim[] = [];
  const strings = (value: unknown) => (Array.isArray(value) ? value.flatMap((item, index) => (typeof item === "string" ? [{ item, index }] : [])) : []);
  const claim = (file: string, yaml: Pick<ParsedYaml, "lineOf">, path: FieldPath, to: string, title: string, material?: OldAddressClaim["material"]) => (value: { item: string; index: number }) =>
    claims.push({ value: value.item, to: to.trim(), title, file, line: () => yaml.lineOf([...path, value.index]), field: fieldName([...path, value.index]), material });
  for (const { source, url, file } of [...documents].sort((a, b) => (a.source < b.source ? -1 : 1))) {
    const fields = (file.fields ?? {}) as { title?: unknown; name?: unknown; redirect_from?: unknown; materials?: unknown };
    const title = typeof fields.title === "string" ? fields.title : typeof fields.name === "string" ? fields.name : url;
    strings(fields.redirect_from).forEach(claim(source, file.yaml, ["redirect_from"], url, title));
    if (!Array.isArray(fields.materials)) continue;
    fields.materials.forEach((material: unknown, index) => {
      const { url: to, title: name, redirect_from } = (material ?? {}) as { url?: unknown; title?: unknown; redirect_from?: unknown };
      if (typeof to !== "string") return;
      const address = readAddress(to);
      const localFile = address.kind === "site" && assets.has(address.path) ? address.path : undefined;
      strings(redirect_from).forEach(claim(source, file.yaml, ["materials", index, "redirect_from"], to, typeof name === "string" ? name : to, { localFile }));
    });
  }
  if (installationsYaml && Array.isArray(installationsYaml.value)) {
    installationsYaml.value.forEach((entry: unknown, index) => {
      const { id, name, partner, redirect_from } = (entry ?? {}) as { id?: unknown; name?: unknown; partner?: unknown; redirect_from?: unknown };
      if (typeof id !== "string") return;
      // A portal's row is on the page of the partner that runs it, and on the map's list of every portal.
      const page = typeof partner === "string" ? partnerType.url(partner) : routes.map;
      strings(redirect_from).forEach(claim(INSTALLATIONS_FILE, installationsYaml, [index, "redirect_from"], `${page}#installation-${id}`, typeof name === "string" ? name : id));
    });
  }
  const siteRedirects = (siteYaml?.value as { redirects?: unknown } | undefined)?.redirects;
  if (siteYaml && siteRedirects && typeof siteRedirects === "object" && !Array.isArray(siteRedirects)) {
    for (const [from, to] of Object.entries(siteRedirects)) {
      if (typeof to === "string") claims.push({ value: from, to: to.trim(), title: to.trim(), file: SITE_FILE, line: () => siteYaml.lineOf(["redirects", from]), field: `redirects.${from}` });
    }
  }
  return claims;
}
