// A translation of a Markdown record, such as content/about.es.md beside content/about.md: only the fields a reader
// reads (each content type lists its own), plus the version of the original it translates. Facts (dates, places,
// links, people) are the original's alone, so a translation cannot let them diverge.
import { z } from "zod";
import { explain, show, suggest } from "./fields.ts";

/** The field a translation records the original's version in: its last commit when the translation was written. */
export const SOURCE_COMMIT = "source_commit";

const COMMIT_EXPECTED = "the original's last commit, as `git log -1 --format=%H -- <original>` prints it";

function sourceCommit() {
  return z
    .string({ error: explain(COMMIT_EXPECTED) })
    .regex(/^[0-9a-f]{7,40}$/, { error: (issue) => `${show(issue.input)} is not a commit (expected ${COMMIT_EXPECTED})` });
}

/** The fields of a translation: source_commit and the type's translatable fields; a fact field or an unknown one is a problem. */
export function translationFields<T extends z.ZodRawShape>(translatable: T, factFields: readonly string[]) {
  const shape = { [SOURCE_COMMIT]: sourceCommit(), ...translatable };
  const known = Object.keys(shape);
  const expected = `only ${known.join(", ")}`;
  return z
    .looseObject(shape, { error: explain("a group of fields", (input) => `${show(input)} is not a group of fields`) })
    .superRefine(
      (value, context) => {
        for (const key of Object.keys(value).filter((name) => !known.includes(name))) {
          const guess = suggest(key, known);
          const message = factFields.includes(key)
            ? `is a fact, taken from the original, that a translation cannot change (expected ${expected}; change it in the original)`
            : `unknown field (${guess ? `did you mean "${guess}"?` : `expected ${expected}`})`;
          context.addIssue({ code: "custom", path: [key], message });
        }
      },
      { when: () => true },
    )
    .transform((value) => value as z.output<z.ZodObject<typeof shape>> & { [SOURCE_COMMIT]: string });
}
