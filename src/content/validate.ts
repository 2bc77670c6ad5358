// Runs a zod schema over a value read from a file and turns its findings into editor-facing problems.
import type { z } from "zod";
import type { FieldPath } from "../schema/content-type.ts";
import { fieldName, type Problem } from "./problems.ts";
import type { ParsedYaml } from "./yaml.ts";

/** Turns zod's findings into editor-facing problems, placed on the line of the field. */
function problemsFromIssues(file: string, issues: readonly z.core.$ZodIssue[], lineOf: (path: FieldPath) => number, prefix: FieldPath): Problem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...(issue.path as FieldPath)];
    return { file, line: lineOf(path), field: fieldName(path) || "file", message: issue.message };
  });
}

export function validate<T>(schema: z.ZodType<T>, value: unknown, file: string, yaml: Pick<ParsedYaml, "lineOf">, problems: Problem[], prefix: FieldPath = []): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  problems.push(...problemsFromIssues(file, result.error.issues, yaml.lineOf, prefix));
  return undefined;
}

