// The few command-line options the tools share, parsed with Node's own parseArgs.
import { parseArgs, type ParseArgsConfig } from "node:util";

export function readArguments<T extends NonNullable<ParseArgsConfig["options"]>>(options: T, usage: string) {
  try {
    return parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: ${usage}`);
    process.exit(2);
  }
}
