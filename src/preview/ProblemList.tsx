// Problems as the preview lists them: each reads as the terminal and `npm run check` print it, file:line: field: message.
import { printable, type Problem } from "../content/problems.ts";

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

/** Above each page while values are still as `npm run new` wrote them; the page itself shows their examples. */
export function UnfilledNotice({ unfilled }: { unfilled: readonly Problem[] }) {
  return (
    <aside class="draft-banner preview-unfilled" aria-labelledby="preview-unfilled-title" data-preview="unfilled">
      <p id="preview-unfilled-title">
        <strong>Still to fill in before publishing:</strong> the preview shows {unfilled.length === 1 ? "this value" : "these values"} with {unfilled.length === 1 ? "its" : "their"} example.
      </p>
      <ProblemList problems={unfilled} />
    </aside>
  );
}
