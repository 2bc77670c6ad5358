// Where the content lives and where the site is published. Tools and the Eleventy config agree on these through
// environment variables, so tests, benchmarks and the deploy workflow can change them without editing files.
import { lstatSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";

export const ROOT_VARIABLE = "LIVING_ATLASES_ROOT";

/** The folder that holds the site generator's code (src/, .eleventy.ts), which may differ from the content's root. */
export const CODE_ROOT = join(import.meta.dirname, "..");

/** Set by the deploy workflow to publish at the address GitHub Pages gives, such as https://gbif.github.io and /la-website/. */
export const URL_VARIABLE = "SITE_URL";
export const BASE_PATH_VARIABLE = "SITE_BASE_PATH";

export function repositoryRoot(): string {
  return resolve(process.env[ROOT_VARIABLE] ?? process.cwd());
}

/** The base path for Eleventy's configuration, read before the content is validated; the loader checks the value. */
export function configuredBasePath(root: string): string {
  const override = process.env[BASE_PATH_VARIABLE];
  if (override) return override;
  try {
    // Only a plain, small file: a link (to /dev/zero, say) is the loader's to report, never read here.
    const file = join(root, "_data/site.yaml");
    const stats = lstatSync(file);
    if (!stats.isFile() || stats.size > 1024 * 1024) return "/";
    const site = parse(readFileSync(file, "utf8")) as { basePath?: unknown } | null;
    return typeof site?.basePath === "string" && site.basePath.startsWith("/") ? site.basePath : "/";
  } catch {
    return "/";
  }
}
