// npm start's part of the preview: while the last save stopped the build, every page opened shows the list of
// problems over the last version that built; otherwise each page lists the values still to fill in. Pages get a
// small script that reloads them when a save breaks the content, or fixes it. None of this reaches a build.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { renderToStaticMarkup } from "preact-render-to-string";
import { MATERIALS_FOLDER } from "../assets/static-files.ts";
import { renderDocument } from "../eleventy/tsx.ts";
import { LAST_GOOD, PREVIEW_FOLDER, PREVIEW_SCRIPT, PREVIEW_STYLESHEET, PREVIEW_VERSION } from "./addresses.ts";
import { UnfilledNotice } from "./ProblemList.tsx";
import { ProblemsPage } from "./ProblemsPage.tsx";
import { Preview } from "./state.ts";
import { rebuildOnDeletion } from "./deletions.ts";

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** Registers the preview's middleware with the dev server; the site plugin tells the returned state each build's outcome. */
export function servePreview(config: UserConfig, root: string): Preview {
  const preview = new Preview();
  config.setServerOptions({ middleware: [previewPages(preview)] });
  rebuildOnDeletion(config, root);
  return preview;
}

/** The preview's own files, made once per run: the reload script bundled for browsers, and its stylesheet. */
const OWN_FILES = new Map([
  [
    PREVIEW_SCRIPT,
    {
      type: "text/javascript; charset=utf-8",
      contents: lazily(async () => {
        const bundled = await build({
          entryPoints: [join(import.meta.dirname, "browser/reload.ts")],
          bundle: true,
          minify: true,
          format: "esm",
          write: false,
          logLevel: "silent",
        });
        return bundled.outputFiles[0]!.text;
      }),
    },
  ],
  [PREVIEW_STYLESHEET, { type: "text/css; charset=utf-8", contents: lazily(() => readFile(join(import.meta.dirname, "preview.css"), "utf8")) }],
]);

function lazily(make: () => Promise<string>): () => Promise<string> {
  let made: Promise<string> | undefined;
  return () => (made ??= make());
}

/** A browser opening a page of the site in its window (not a script fetching it, nor a frame showing it). */
function opensPage(request: IncomingMessage, url: URL): boolean {
  const destination = request.headers["sec-fetch-dest"];
  return (
    request.method === "GET" &&
    (destination === undefined || destination === "document") &&
    (request.headers.accept ?? "").includes("text/html") &&
    /(\/[^./]*|\.html)$/.test(url.pathname)
  );
}

function previewPages(preview: Preview): Middleware {
  return (request, response, next) => {
    const url = new URL(request.url ?? "/", "http://preview.invalid");
    // Workshop materials are answered as published, with their own policy; nothing is added to them.
    if (url.pathname.startsWith(MATERIALS_FOLDER)) return next();
    const own = OWN_FILES.get(url.pathname);
    if (own) {
      void own.contents().then(
        (contents) => {
          response.setHeader("content-type", own.type);
          response.setHeader("cache-control", "no-store");
          response.end(contents);
        },
        (error: unknown) => {
          response.statusCode = 500;
          response.end(`The preview's ${url.pathname} could not be made: ${(error as Error).message}`);
        },
      );
      return;
    }
    if (url.pathname === PREVIEW_VERSION) {
      response.setHeader("content-type", "text/plain; charset=utf-8");
      response.setHeader("cache-control", "no-store");
      return response.end(String(preview.version));
    }
    if (url.pathname.startsWith(PREVIEW_FOLDER)) {
      response.statusCode = 404;
      return response.end("Not found");
    }
    if (url.searchParams.has(LAST_GOOD)) {
      // Shown in a frame that runs no script: the dev server treats it as a fetch, and adds none for the browser to refuse.
      request.headers["sec-fetch-mode"] = "no-cors";
      return next();
    }
    const { problems, unfilled, stylesheet, sources } = preview.state;
    const { version } = preview;
    if (problems.length > 0 && opensPage(request, url)) {
      // 200: the dev server then adds its reload script as a file, which the page's policy allows, rather than inline.
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.setHeader("cache-control", "no-store");
      return response.end(renderDocument(<ProblemsPage problems={problems} stylesheet={stylesheet} version={version} />));
    }
    const source = sources.get(url.pathname.replace(/index\.html$/, ""));
    const thisPage = unfilled.filter((problem) => problem.file === source);
    const others = unfilled.filter((problem) => problem.file !== source);
    addToPages(response, version, unfilled.length > 0 ? renderToStaticMarkup(<UnfilledNotice own={thisPage} others={others} />) : "");
    next();
  };
}

/** Adds the reload script to every HTML page the dev server answers, and the notice, when given, at the top of its body. */
function addToPages(response: ServerResponse, version: number, notice: string): void {
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  const head = `${notice ? `<link rel="stylesheet" href="${PREVIEW_STYLESHEET}">` : ""}<script type="module" src="${PREVIEW_SCRIPT}" data-version="${version}"></script>`;
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk === "string" && String(response.getHeader("content-type") ?? "").startsWith("text/html")) {
      chunk = chunk.replace("</head>", `${head}</head>`).replace(/<body\b[^>]*>/, (body) => `${body}${notice}`);
    }
    return end(chunk, ...rest);
  }) as ServerResponse["end"];
}
