// Reads an editor's file as text, refusing what is not UTF-8 text of a sensible size. Whatever happens to the file
// between being listed and being read (it is a folder, it cannot be read, it is gone) is a problem, never a throw.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { fileSize } from "../schema/format.ts";
import type { Problem } from "./problems.ts";

/** Larger than any real page; a bigger file is a mistake, such as a pasted binary. */
const MAX_SOURCE_BYTES = 1024 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

type Source = { text: string } | { problem: Problem };

export function readSource(absolutePath: string, file: string): Source {
  const problem = (message: string): Source => ({ problem: { file, line: 1, field: "file", message } });
  let bytes: Buffer;
  let descriptor: number | undefined;
  try {
    // Non-blocking, so a named pipe given a .md name cannot stall the build waiting for a writer.
    descriptor = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) return problem(`is a folder, not a file (expected a file, or a folder whose name does not end in ${extname(file) || "a file extension"})`);
    if (!stats.isFile()) return problem("is not a regular file (expected a file)");
    if (stats.size > MAX_SOURCE_BYTES) return problem(tooLarge(stats.size));
    bytes = readFileSync(descriptor);
  } catch (error) {
    return problem(unreadable(absolutePath, (error as NodeJS.ErrnoException).code));
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  // Checked again in case the file grew after it was measured.
  if (bytes.length > MAX_SOURCE_BYTES) return problem(tooLarge(bytes.length));
  if (bytes.subarray(0, 8192).includes(0)) return problem("is a binary file, not text (expected Markdown or YAML text)");
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return problem("is not UTF-8 text (expected a file saved as UTF-8)");
  }
}

const tooLarge = (size: number) => `is ${fileSize(size)} (expected a text file under 1 MB)`;

/** Why a file could not be opened or read, in an editor's words. */
function unreadable(absolutePath: string, code: string | undefined): string {
  switch (code) {
    case "ENOENT":
      return isSymbolicLink(absolutePath)
        ? "is a symbolic link to a file that does not exist (expected a real file)"
        : "disappeared while the site was being checked (expected the file to stay in place; run the check again)";
    case "EACCES":
    case "EPERM":
      return "cannot be read: permission denied (expected a file the build is allowed to read; check its permissions)";
    case "EISDIR":
      return "is a folder, not a file (expected a file)";
    case "ELOOP":
      return "is a symbolic link that points back at itself (expected a real file)";
    default:
      return `cannot be read: ${code ?? "error"} (expected a file the build can read)`;
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
