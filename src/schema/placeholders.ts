// The one form of a value `npm run new` writes for the editor to replace: an example between double square
// brackets, such as "[[2026-03-10]]" or "[[Madrid]]". The check and the build refuse it; `npm start` previews the
// page with the example in its place and lists what is still to fill in.

const OPEN = "[[";
const CLOSE = "]]";

/** What the scaffolder writes for a value the editor must replace: an example of a valid value, marked. */
export function placeholder(example: string | number): string {
  return `${OPEN}${example}${CLOSE}`;
}

/** The example inside a whole value written as a placeholder, or undefined for any other value. */
export function placeholderExample(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (!trimmed.startsWith(OPEN) || !trimmed.endsWith(CLOSE) || trimmed.length <= OPEN.length + CLOSE.length) return undefined;
  const inner = trimmed.slice(OPEN.length, -CLOSE.length);
  // "[[a]] and [[b]]" is text that happens to start and end with brackets, not one placeholder.
  return inner.includes(OPEN) || inner.includes(CLOSE) ? undefined : inner;
}

/** A placeholder's example as the field's own type: "[[2018]]" stands for the number 2018 where a year is expected. */
export function exampleValue(example: string): string | number | boolean {
  if (/^-?\d+(\.\d+)?$/.test(example)) return Number(example);
  if (example === "true" || example === "false") return example === "true";
  return example;
}

/** A paragraph of the Markdown body that is a placeholder: a line holding only "[[…]]". */
export const BODY_PLACEHOLDER = /^[ \t]*\[\[[^\n]*\]\][ \t]*$/;

/** The message for a value still as `npm run new` wrote it; `expected` says what the field takes. */
export const unfilledMessage = (expected: string) => `still the placeholder written by npm run new (expected ${expected})`;

/** What a body placeholder is replaced with. */
export const BODY_EXPECTED = "your own text in place of the line in [[ ]]";
