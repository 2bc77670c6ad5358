// Ids the page shell and the templates give their own elements on pages that show an editor's text.
// Headings and HTML in content never reuse them, so a link to #main or #materials always reaches the layout's.
export const PAGE_IDS: ReadonlySet<string> = new Set([
  // The shell: skip link target, header search, footer sections.
  "main",
  "site-search",
  "footer-community",
  "footer-pages",
  "footer-contact",
  // Sections that workshop, partner and project pages add after the text.
  "materials",
  "participants",
  "partners",
  "events",
  "portals",
  "projects",
]);

/** Prefixes of ids the templates number or name after data, such as installation-gbif-spain. */
export const PAGE_ID_PREFIXES: readonly string[] = ["installation-"];

export const isPageId = (id: string) => PAGE_IDS.has(id) || PAGE_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
