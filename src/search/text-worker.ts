// A child process that reads the text of one material at a time for extract.ts, with its memory capped there.
import { readText } from "./text-reader.ts";

// Parsers inside the readers (xmldom in officeparser) report to the console; a file's words must not reach the log.
for (const method of ["log", "info", "warn", "error", "debug"] as const) console[method] = () => undefined;

process.on("message", ({ file, extension }: { file: string; extension: string }) => {
  readText(file, extension).then(
    (text) => process.send!({ text }),
    (error: unknown) => process.send!({ error: (error as Error).message?.split("\n")[0] || "unreadable" }),
  );
});
