// Reads an editor's file as text, refusing what is not UTF-8 text of a sensible size.
import { readFileSync } from "node:fs";
import type { Problem } from "./problems.ts";

/** Larger than any real page; a bigger file is a mistake, such as a pasted binary. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export type Source = { text: string } | { problem: Problem };

export function readSource(absolutePath: string, file: string): Source {
  const bytes = readFileSync(absolutePath);
  const problem = (message: string): Source => ({ problem: { file, line: 1, field: "file", message } });
  if (bytes.length > MAX_SOURCE_BYTES) {
    return problem(`is ${(bytes.length / 1024 / 1024).toFixed(1)} MB (expected a text file under 1 MB)`);
  }
  if (bytes.subarray(0, 8192).includes(0)) return problem("is a binary file, not text (expected Markdown or YAML text)");
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return problem("is not UTF-8 text (expected a file saved as UTF-8)");
  }
}
