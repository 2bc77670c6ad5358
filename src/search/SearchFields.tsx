// Marks a page's main content for Pagefind, with its metadata and filters as attributes, so nothing
// outside it (navigation, footer, breadcrumbs) and no hidden text enters the index.
import type { ComponentChildren } from "preact";
import { useStrings } from "../i18n/catalogues.ts";
import type { SearchFields } from "./types.ts";

function Field({ kind, name, value }: { kind: "filter" | "meta"; name: string; value: string | number | undefined }) {
  if (value === undefined || value === "") return null;
  // The value sits in an attribute, so commas and colons in it are never parsed as Pagefind syntax.
  const attributes = kind === "filter" ? { "data-pagefind-filter": `${name}[data-value]` } : { "data-pagefind-meta": `${name}[data-value]` };
  return <span hidden data-value={String(value)} {...attributes} />;
}

export function Searchable({ fields, children }: { fields: SearchFields; children: ComponentChildren }) {
  const strings = useStrings().search;
  const type = strings.types[fields.type];
  return (
    <div data-pagefind-body>
      <Field kind="filter" name={strings.filters.type} value={type} />
      <Field kind="filter" name={strings.filters.year} value={fields.year} />
      <Field kind="filter" name={strings.filters.country} value={fields.country} />
      {/* Metadata names are the result template's keys, never shown. */}
      <Field kind="meta" name="type" value={type} />
      <Field kind="meta" name="date" value={fields.date} />
      <Field kind="meta" name="summary" value={fields.summary} />
      <Field kind="meta" name="image" value={fields.image} />
      {children}
    </div>
  );
}
