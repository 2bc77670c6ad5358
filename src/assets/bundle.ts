// The site's own CSS, minified by esbuild and named by content hash so browsers can cache it for good.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { buildSync } from "esbuild";

export interface Bundle {
  /** Site path, such as /assets/site.3f2a9c1b.css. */
  url: string;
  contents: string;
}

export interface Bundles {
  stylesheet: Bundle;
  /** Every bundle, for the template that writes them. */
  all: Bundle[];
}

const fingerprint = (contents: string) => createHash("sha256").update(contents).digest("hex").slice(0, 10);

export function buildStylesheet(root: string): Bundle {
  const result = buildSync({
    entryPoints: [join(root, "assets/css/site.css")],
    bundle: true,
    minify: true,
    write: false,
    logLevel: "silent",
    target: ["chrome100", "firefox100", "safari15"],
  });
  const contents = result.outputFiles[0]!.text;
  return { url: `/assets/site.${fingerprint(contents)}.css`, contents };
}

export function buildBundles(root: string): Bundles {
  const stylesheet = buildStylesheet(root);
  return { stylesheet, all: [stylesheet] };
}
