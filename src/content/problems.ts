// A problem in content or data, reported to editors as "path:line: field: what is wrong (expected …)".
import type { FieldPath } from "../schema/content-type.ts";
import { plural } from "../schema/format.ts";

export interface Problem {
  /** Path from the repository root, with forward slashes. */
  file: string;
  line: number;
  field: string;
  message: string;
}

export function fieldName(path: FieldPath): string {
  return path.reduce<string>((name, key) => (typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${key}` : key), "");
}

/**
 * Control characters and line separators written out as escapes (\n, \u0007): a file name or a YAML key from a
 * pull request must not start a line of its own, where GitHub Actions would read it as a workflow command.
 */
export function printable(text: string): string {
  const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
  return (
    text
      .replace(/[\p{Cc}\u2028\u2029]/gu, (character) => named[character] ?? `\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`)
      // The runner also reads the older ##[command] form anywhere in a line.
      .replace(/##\[/g, "#\\u0023[")
  );
}

export function formatProblem(problem: Problem): string {
  return printable(`${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`);
}

/** Problems in reading order: by file, then line, then field. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file, "en") || a.line - b.line || a.field.localeCompare(b.field, "en") || a.message.localeCompare(b.message, "en"),
  );
}

/** Thrown when content cannot be built; carries every problem found. */
export class ContentProblems extends Error {
  readonly problems: Problem[];
  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    super(`${plural(sorted.length, "content problem")}:\n${sorted.map(formatProblem).join("\n")}`);
    this.name = "ContentProblems";
    this.problems = sorted;
  }
}

/** GitHub Actions' workflow command, so the problem shows on the right line of a pull request. */
function formatAnnotation(problem: Problem): string {
  const property = (value: string) => printable(value).replace(/%/g, "%25").replace(/:/g, "%3A").replace(/,/g, "%2C");
  const message = printable(problem.message).replace(/%/g, "%25");
  return `::error file=${property(problem.file)},line=${problem.line},title=${property(problem.field)}::${message}`;
}

/** Every problem for a person to read, and, inside GitHub Actions, for the pull request's annotations. */
export function reportProblems(problems: readonly Problem[], write: (line: string) => void = console.error): void {
  const sorted = sortProblems(problems);
  for (const problem of sorted) write(formatProblem(problem));
  if (process.env.GITHUB_ACTIONS === "true") for (const problem of sorted) write(formatAnnotation(problem));
}
