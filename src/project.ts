// Where the content lives. Tools and the Eleventy config agree on it through one environment variable,
// so tests and benchmarks can build a copy of the content without changing directory.
import { resolve } from "node:path";

export const ROOT_VARIABLE = "LIVING_ATLASES_ROOT";

export function projectRoot(): string {
  return resolve(process.env[ROOT_VARIABLE] ?? process.cwd());
}
