// Problems as the preview lists them: each reads as the terminal and `npm run check` print it, file:line: field: message.
import { printable, type Problem } from "../content/problems.ts";
import { plural } from "../schema/format.ts";

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ol class="preview-list">
      {problems.map((problem) => (
        <li>
          <code>{printable(`${problem.file}:${problem.line}`)}</code>
          {": "}
          <strong>{printable(problem.field)}</strong>
          {`: ${printable(problem.message)}`}
        </li>
      ))}
    </ol>
  );
}

/**
 * Above a page while values are still as `npm run new` wrote them: this page's own in full, those of other files
 * folded into one line, so a page is never pushed out of sight by the list.
 */
export function UnfilledNotice({ own, others }: { own: readonly Problem[]; others: readonly Problem[] }) {
  const files = new Set(others.map((problem) => problem.file)).size;
  const more = `${plural(others.length, "value")} in ${files === 1 ? "another file" : `${files} other files`}`;
  return (
    <aside class="draft-banner preview-unfilled" aria-labelledby="preview-unfilled-title" data-preview="unfilled">
      <p id="preview-unfilled-title">
        <strong>Still to fill in before publishing:</strong>{" "}
        {own.length > 0 ? `the preview shows ${own.length === 1 ? "this value with its" : "these values with their"} example.` : `${more}.`}
      </p>
      {own.length > 0 && <ProblemList problems={own} />}
      {others.length > 0 && (
        <details>
          <summary>{own.length > 0 ? `Also ${more}` : "Show them"}</summary>
          <ProblemList problems={others} />
        </details>
      )}
    </aside>
  );
}
