// The words inside an old event's slides, read with the same readers the search uses, in a child process with
// capped memory and time, so a damaged or hostile file cannot stop the import.
import { spawnSync } from "node:child_process";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { EXTRACTABLE } from "../search/extract.ts";

const READER = fileURLToPath(new URL("../search/text-reader.ts", import.meta.url));
const READER_MEMORY_MB = 512;
const READER_TIMEOUT_MS = 60_000;

/** The text of a PDF, PowerPoint, Word or OpenDocument file, or undefined when it cannot be read. */
export function materialText(file: string): string | undefined {
  const extension = extname(file).toLowerCase();
  if (!EXTRACTABLE.has(extension)) return undefined;
  const script = `import { readText } from ${JSON.stringify(READER)}; for (const m of ["log","info","warn","error","debug"]) console[m] = () => {}; process.stdout.write(await readText(${JSON.stringify(file)}, ${JSON.stringify(extension)}));`;
  const result = spawnSync(process.execPath, ["--import", "tsx", `--max-old-space-size=${READER_MEMORY_MB}`, "--input-type=module", "-e", script], {
    encoding: "utf8",
    timeout: READER_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  return result.status === 0 ? result.stdout.replace(/\s+/g, " ") : undefined;
}
