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
  #version = 0;

  get state(): PreviewState {
    return this.#state;
  }

  /**
   * How many builds have ended, written or stopped: a page served at an earlier one is out of date, even when the
   * message that says so reached it before it was listening.
   */
  get version(): number {
    return this.#version;
  }

  /** A build stopped on these problems; the site served stays the last one that built. */
  failed(problems: readonly Problem[]): void {
    this.#state = { ...this.#state, problems: sortProblems(problems) };
    this.#version++;
  }

  /** A build has written its pages. */
  written(): void {
    this.#version++;
  }

  /** A build got through its checks, with these values still to fill in. */
  built(unfilled: readonly Problem[], stylesheet: string | undefined, sources: ReadonlyMap<string, string>): void {
    this.#state = { problems: [], unfilled: sortProblems(unfilled), stylesheet, sources };
  }
}
