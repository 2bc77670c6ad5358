// npm run check:links -- [--external] [--site <folder>]
// Checks every internal link and anchor of the built site; with --external, also lists every external link
// and asks each server whether it still answers (this needs the network, so it is not part of npm test).
import { join, resolve } from "node:path";
import { checkLinks } from "../quality/links.ts";
import { configuredBasePath, repositoryRoot } from "../repository.ts";
import { readArguments } from "./args.ts";

const { values } = readArguments({ external: { type: "boolean" }, site: { type: "string" } }, "npm run check:links -- [--external] [--site <folder>]");
const root = repositoryRoot();
const site = resolve(values.site ?? join(root, "_site"));
const { broken, external } = checkLinks(site, configuredBasePath(root));

for (const line of broken) console.error(`broken: ${line}`);
console.log(
  `${broken.length === 0 ? "Every internal link and anchor resolves" : `${broken.length} internal links are broken`}; ${external.size} external addresses are linked.`,
);

async function status(url: string): Promise<string> {
  for (const method of ["HEAD", "GET"]) {
    try {
      const response = await fetch(url, {
        method,
        redirect: "follow",
        signal: AbortSignal.timeout(15_000),
        headers: { "user-agent": "living-atlases-link-check" },
      });
      if (response.ok) return "ok";
      if (method === "GET") return String(response.status);
    } catch (error) {
      if (method === "GET")
        return (error as Error).cause ? String((error as { cause: { code?: string } }).cause.code ?? (error as Error).message) : (error as Error).message;
    }
  }
  return "unreachable";
}

if (values.external) {
  const urls = [...external.keys()];
  const results = new Map<string, string>();
  // A few at a time, to be polite to the servers and to the connection.
  for (let start = 0; start < urls.length; start += 6) {
    await Promise.all(urls.slice(start, start + 6).map(async (url) => results.set(url, await status(url))));
  }
  for (const [url, pages] of external)
    console.log(
      `${results.get(url) === "ok" ? "ok  " : `${results.get(url)} `.padEnd(4)} ${url}  (on ${pages.slice(0, 3).join(", ")}${pages.length > 3 ? ` and ${pages.length - 3} more` : ""})`,
    );
  const failing = [...results.values()].filter((result) => result !== "ok").length;
  console.log(`${failing} of ${urls.length} external addresses did not answer with success.`);
  if (failing > 0) process.exitCode = 1;
}
if (broken.length > 0) process.exitCode = 1;
