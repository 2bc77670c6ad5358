// What the preview (npm start) knows of the last build besides its pages: the problems that stopped it, and the
// values still to fill in that it built with their example.
import { sortProblems, type Problem } from "../content/problems.ts";

export interface PreviewState {
  /** The last build's problems; while there are any, pages show their list over the last site that built. */
  readonly problems: readonly Problem[];
  /** Values still as `npm run new` wrote them, listed above every page until they are replaced. */
  readonly unfilled: readonly Problem[];
  /** The stylesheet of the last site that built, so the list of problems looks like the site. */
  readonly stylesheet?: string | undefined;
  /** The file each page address was built from, so a page lists its own values to fill in first. */
  readonly sources: ReadonlyMap<string, string>;
}

export class Preview {
  #state: PreviewState = { problems: [], unfilled: [], sources: new Map() };

  get state(): PreviewState {
    return this.#state;
  }

  /** A build stopped on these problems; the site served stays the last one that built. */
  failed(problems: readonly Problem[]): void {
    this.#state = { ...this.#state, problems: sortProblems(problems) };
  }

  /** A build got through its checks, with these values still to fill in. */
  built(unfilled: readonly Problem[], stylesheet: string | undefined, sources: ReadonlyMap<string, string>): void {
    this.#state = { problems: [], unfilled: sortProblems(unfilled), stylesheet, sources };
  }
}
