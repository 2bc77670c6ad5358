// Runs a zod schema over a value read from a file and turns its findings into editor-facing problems.
import type { z } from "zod";
import type { FieldPath } from "../schema/content-type.ts";
import { fieldName, type Problem } from "./problems.ts";
import { exampleValue, placeholderExample, unfilledMessage } from "../schema/placeholders.ts";
import type { ParsedYaml } from "./yaml.ts";

/**
 * zod never copies a "__proto__" key (assigning it would replace the copy's prototype), so the schemas' check for
 * unknown fields would not see one. Under this stand-in name it does, and problems name the key as written.
 */
const PROTO_STAND_IN = "\u0000__proto__";
/** Deeper than any group of fields a schema checks; below it zod looks at no key. */
const DEEPEST_GROUP = 16;

function withProtoKeysRenamed(value: unknown, depth = 0): unknown {
  if (typeof value !== "object" || value === null || depth > DEEPEST_GROUP) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => withProtoKeysRenamed(item, depth + 1));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  let changed = Object.hasOwn(value, "__proto__");
  const entries = Object.entries(value).map(([key, item]) => {
    const renamed = withProtoKeysRenamed(item, depth + 1);
    if (renamed !== item) changed = true;
    return [key === "__proto__" ? PROTO_STAND_IN : key, renamed] as const;
  });
  return changed ? Object.fromEntries(entries) : value;
}

const isWithin = (path: FieldPath, parent: FieldPath) => parent.length <= path.length && parent.every((key, index) => key === path[index]);

/** Turns zod's findings into editor-facing problems, placed on the line of the field. */
function problemsFromIssues(file: string, issues: readonly z.core.$ZodIssue[], yaml: YamlOfRecord, prefix: FieldPath): Problem[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...(issue.path as FieldPath).map((key) => (key === PROTO_STAND_IN ? "__proto__" : key))];
    // A refused YAML value became null; saying that null is not text would repeat the problem already reported.
    if (issue.code !== "custom" && yaml.leftOut?.some((left) => isWithin(path, left))) return [];
    return [{ file, line: yaml.lineOf(path), field: fieldName(path) || "file", message: issue.message }];
  });
}

type YamlOfRecord = Pick<ParsedYaml, "lineOf"> & Partial<Pick<ParsedYaml, "problems" | "leftOut">>;

/** Parsed files whose YAML problems are already reported: a list of installations is validated one entry at a time. */
const reported = new WeakSet<object>();

/**
 * Reports, once per parsed file, what its YAML may not hold (tags, anchors, aliases, repeated keys). validate()
 * calls it; a loader that may not validate a file at all (an empty list, a value that is not a list) calls it too.
 */
export function reportYamlProblems(file: string, yaml: YamlOfRecord, problems: Problem[]): void {
  if (!yaml.problems?.length || reported.has(yaml)) return;
  reported.add(yaml);
  problems.push(...yaml.problems.map(({ path, line, message }) => ({ file, line, field: fieldName(path) || "file", message })));
}

/** Where a record holds a value still as `npm run new` wrote it, and the record with each replaced by its example. */
export function withPlaceholderExamples(value: unknown, path: FieldPath = [], depth = 0): { value: unknown; unfilled: FieldPath[] } {
  const example = placeholderExample(value) ?? placeholderWithoutQuotes(value);
  if (example !== undefined) return { value: exampleValue(example), unfilled: [path] };
  if (typeof value !== "object" || value === null || depth > DEEPEST_GROUP) return { value, unfilled: [] };
  const unfilled: FieldPath[] = [];
  const visit = (item: unknown, key: string | number) => {
    const found = withPlaceholderExamples(item, [...path, key], depth + 1);
    unfilled.push(...found.unfilled);
    return found.value;
  };
  if (Array.isArray(value)) {
    const items = value.map(visit);
    return { value: unfilled.length > 0 ? items : value, unfilled };
  }
  const entries = Object.entries(value).map(([key, item]) => [key, visit(item, key)] as const);
  return { value: unfilled.length > 0 ? Object.fromEntries(entries) : value, unfilled };
}

/** A placeholder whose quotes were taken away, which YAML reads as a list in a list: kind: [[workshop]]. */
function placeholderWithoutQuotes(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length !== 1 || !Array.isArray(value[0]) || value[0].length !== 1) return undefined;
  const [item] = value[0] as unknown[];
  return typeof item === "string" || typeof item === "number" || typeof item === "boolean" ? String(item) : undefined;
}

/** A value no schema accepts, set at one path, so the field's own message says what it expects. */
const PROBE = Symbol("placeholder");

function withProbeAt(value: unknown, path: FieldPath): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return PROBE;
  if (Array.isArray(value)) return (value as unknown[]).map((item, index) => (index === key ? withProbeAt(item, rest) : item));
  if (typeof value === "object" && value !== null) return { ...value, [key]: withProbeAt((value as Record<string, unknown>)[key], rest) };
  return value;
}

/** What the field at `path` expects, in the words of its own schema. */
function expectedAt(schema: z.ZodType, value: unknown, path: FieldPath): string {
  const result = schema.safeParse(withProbeAt(value, path));
  const same = (issue: z.core.$ZodIssue) => issue.path.length === path.length && issue.path.every((key, index) => key === path[index]);
  const message = result.success ? undefined : result.error.issues.find(same)?.message;
  return /\(expected (.+)\)$/.exec(message ?? "")?.[1] ?? "a value of your own";
}

/**
 * Validates the record at `prefix` of a parsed file. The first call for a file also reports what its YAML may not
 * hold (tags, anchors, aliases, repeated keys); a record with such a problem is not returned. Values still as
 * `npm run new` wrote them go to `unfilled`: the record is returned with their examples when that is a list of its
 * own, and refused when it is `problems`.
 */
export function validate<T>(schema: z.ZodType<T>, value: unknown, file: string, yaml: YamlOfRecord, problems: Problem[], prefix: FieldPath = [], unfilled: Problem[] = problems): T | undefined {
  reportYamlProblems(file, yaml, problems);
  const filled = withPlaceholderExamples(value);
  for (const path of filled.unfilled) {
    const at = [...prefix, ...path];
    unfilled.push({ file, line: yaml.lineOf(at), field: fieldName(at), message: unfilledMessage(expectedAt(schema, filled.value, path)) });
  }
  const result = schema.safeParse(withProtoKeysRenamed(filled.value));
  if (!result.success) {
    // A placeholder whose example does not fit its field is reported once, as a placeholder.
    const issues = result.error.issues.filter((issue) => !filled.unfilled.some((path) => isWithin(issue.path as FieldPath, path)));
    problems.push(...problemsFromIssues(file, issues, yaml, prefix));
    return undefined;
  }
  // Refused by default; previewed with the examples in their place when the caller collects them apart.
  if (filled.unfilled.length > 0 && unfilled === problems) return undefined;
  const refused = yaml.problems?.some(({ path }) => isWithin(path, prefix) || isWithin(prefix, path));
  return refused ? undefined : result.data;
}
