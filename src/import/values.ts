// The old site's front matter holds whatever YAML read: text, numbers, dates, lists. Where the importer expects
// text it takes these, and never a group of fields, which would read "[object Object]".

/** A front-matter value as text: a list's items joined with commas, a date as YYYY-MM-DD, anything else empty. */
export function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(", ");
  return "";
}
