// A worker thread that reads the text of one material at a time for extract.ts, with its memory capped there.
import { parentPort } from "node:worker_threads";

// Parsers inside the readers (xmldom in officeparser) report to the console; a file's words must not reach the log.
for (const method of ["log", "info", "warn", "error", "debug"] as const) console[method] = () => undefined;
import { readText } from "./text-reader.ts";

parentPort!.on("message", ({ file, extension }: { file: string; extension: string }) => {
  readText(file, extension).then(
    (text) => parentPort!.postMessage({ text }),
    (error: unknown) => parentPort!.postMessage({ error: (error as Error).message?.split("\n")[0] || "unreadable" }),
  );
});
