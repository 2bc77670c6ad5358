// node src/cli/launch.mjs <tool> [arguments]: runs src/cli/<tool>.ts from one JavaScript file that esbuild compiles
// once per version of the code (src/bundles.mjs), so `npm run check` and `npm run build` start without transpiling the
// code through tsx, in a second Node process, on every run. Plain JavaScript: it is what runs before anything is compiled.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { codeVersion, compiledBundle } from "../bundles.mjs";

const SOURCE = join(import.meta.dirname, "..");
const [tool, ...rest] = process.argv.slice(2);
if (!tool || !/^[a-z-]+$/.test(tool) || !existsSync(join(SOURCE, "cli", `${tool}.ts`))) {
  console.error(`"${tool ?? ""}" is not one of the tools in src/cli/ (expected a name such as check).`);
  process.exit(2);
}
const version = codeVersion();
const bundle = await compiledBundle(join(SOURCE, "cli", `${tool}.ts`), tool, { version });
process.argv = [process.argv[0], bundle, ...rest];
// Results a tool keeps between runs (see src/content/files-deeply.ts) belong to this version of the code.
process.env.LIVING_ATLASES_CODE_VERSION = version;
// The stack traces asked for with DEBUG=1 name the lines in src/, from the map beside the bundle, not the bundle's.
if (process.env.DEBUG) process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundle).href);
