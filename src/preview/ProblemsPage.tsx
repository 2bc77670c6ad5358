// What every page of the preview shows while the last save stopped the build: the list of problems, over the last
// version of the page that built, dimmed and inert. The page comes back by itself once a save fixes them.
import type { Problem } from "../content/problems.ts";
import { ProblemList } from "./ProblemList.tsx";
import { LAST_GOOD, PREVIEW_SCRIPT, PREVIEW_STYLESHEET } from "./addresses.ts";

/** Only what the page needs: its own styles and script, the site's stylesheet, and the last good page in a frame. */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

interface ProblemsPageProps {
  problems: readonly Problem[];
  /** The site's stylesheet from the last build that got through, if any did. */
  stylesheet?: string | undefined;
  /** The preview's version the page is served at (src/preview/state.ts). */
  version: number;
}

export function ProblemsPage({ problems, stylesheet, version }: ProblemsPageProps) {
  const count = problems.length === 1 ? "a problem" : `${problems.length} problems`;
  return (
    <html lang="en" dir="ltr" data-preview="problems">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={POLICY} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="data:," />
        <title>{`Your last save has ${count} · Preview`}</title>
        {stylesheet ? <link rel="stylesheet" href={stylesheet} /> : null}
        <link rel="stylesheet" href={PREVIEW_STYLESHEET} />
        <script type="module" src={PREVIEW_SCRIPT} data-version={version} />
      </head>
      <body class="preview-problems">
        <iframe
          class="preview-last-good"
          src={`?${LAST_GOOD}`}
          title="The last version of this page that built"
          sandbox=""
          inert
          tabIndex={-1}
          aria-hidden="true"
        />
        <main class="preview-panel">
          <h1>Your last save has {count}</h1>
          <p>
            The preview keeps showing the site as it was before, dimmed behind this box. Fix {problems.length === 1 ? "the line" : "each line"} below in its
            file and save: this page then comes back by itself.
          </p>
          <ProblemList problems={problems} />
          <p class="preview-hint">
            The terminal where <code>npm start</code> runs prints the same list.
          </p>
        </main>
      </body>
    </html>
  );
}
