// The one form of a value `npm run new` writes for the editor to replace: an example between double square
// brackets, such as "[[2026-03-10]]" or "[[Madrid]]". The check and the build refuse it; `npm start` previews the
// page with the example in its place and lists what is still to fill in.

const OPEN = "[[";
const CLOSE = "]]";

/** What the scaffolder writes for a value the editor must replace: an example of a valid value, marked. */
export function placeholder(example: string | number): string {
  return `${OPEN}${example}${CLOSE}`;
}

/**
 * A placeholder anywhere in a text: an editor who typed before or after one, rather than over it, has still left it.
 * Its example may hold a Markdown link ("[[… [the map](/map/).]]"); "[[1]](…)", "[[1]][…]" and "[[1]]:" are
 * Markdown links and their definitions, whose text is in brackets.
 */
const PART = /\[\[((?:[^[\]\n]|\[[^[\]\n]*\])+)\]\](?![([:])/g;

/** The value with each placeholder in it replaced by its example, or undefined when it holds none. */
export function placeholderExample(value: unknown): string | undefined {
  if (typeof value !== "string" || value.search(PART) === -1) return undefined;
  return value.replace(PART, "$1").trim();
}

/** A placeholder's example as the field's own type: "[[2018]]" stands for the number 2018 where a year is expected. */
export function exampleValue(example: string): string | number | boolean {
  if (/^-?\d+(\.\d+)?$/.test(example)) return Number(example);
  if (example === "true" || example === "false") return example === "true";
  return example;
}

/** True when a line of the Markdown body holds a placeholder. */
export const holdsPlaceholder = (line: string) => line.search(PART) !== -1;

/** The message for a value still as `npm run new` wrote it; `expected` says what the field takes. */
export const unfilledMessage = (expected: string) => `still the placeholder written by npm run new (expected ${expected})`;

/** What a body placeholder is replaced with. */
export const BODY_EXPECTED = "your own text in place of the [[ ]]";
