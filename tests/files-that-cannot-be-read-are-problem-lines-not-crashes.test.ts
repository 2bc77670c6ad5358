// A file that is a folder, that the build may not read, or that disappears between being listed and being read is
// one problem line, like any other, and every other file is still checked.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs, { mkdirSync, rmSync, symlinkSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { dirname, join } from "node:path";
import { describe, mock, test } from "node:test";
import { loadParticipants } from "../src/content/participants.ts";
import { formatProblem, type Problem } from "../src/content/problems.ts";
import { readSource } from "../src/content/source.ts";
import { makeRepository, problemsIn, removeTemporary } from "./helpers/repository.ts";

const CSV = "_data/participants/test-workshop.csv";
const WORKSHOP = "content/workshops/test-workshop.md";

/** What readSource says about a path in a fresh project, prepared by `prepare`. */
function readingProblem(file: string, prepare: (absolute: string) => void): string {
  const root = makeRepository({ [file]: null });
  try {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    prepare(join(root, file));
    const source = readSource(join(root, file), file);
    assert.ok("problem" in source, "expected a problem");
    return formatProblem(source.problem);
  } finally {
    removeTemporary(root);
  }
}

describe("reading one file", () => {
  test("a folder with a file's name is a problem", () => {
    assert.equal(
      readingProblem(WORKSHOP, (path) => mkdirSync(path)),
      `${WORKSHOP}:1: file: is a folder, not a file (expected a file, or a folder whose name does not end in .md)`,
    );
  });

  test("a file that vanished after it was listed is a problem", () => {
    assert.equal(
      readingProblem(WORKSHOP, () => {}),
      `${WORKSHOP}:1: file: disappeared while the site was being checked (expected the file to stay in place; run the check again)`,
    );
  });

  test("a symbolic link to nothing is a problem", () => {
    assert.equal(
      readingProblem(WORKSHOP, (path) => symlinkSync(`${path}.gone`, path)),
      `${WORKSHOP}:1: file: is a symbolic link to a file that does not exist (expected a real file)`,
    );
  });

  test("a named pipe is refused at once instead of waiting for a writer", () => {
    assert.equal(
      readingProblem(WORKSHOP, (path) => execFileSync("mkfifo", [path])),
      `${WORKSHOP}:1: file: is not a regular file (expected a file)`,
    );
  });
});

describe("in a whole run", () => {
  test("files the build may not read are each one problem, and the rest is still checked", () => {
    // Running as root, permissions would not stop a read, so opening these two files fails as it would for anyone else.
    const denied = [CSV, WORKSHOP];
    const open = fs.openSync;
    mock.method(fs, "openSync", (path: fs.PathLike, ...rest: unknown[]) => {
      if (denied.some((file) => String(path).endsWith(file))) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return (open as (...args: unknown[]) => number)(path, ...rest);
    });
    syncBuiltinESMExports();
    try {
      assert.deepEqual(problemsIn({ "content/news/2020-01-01-hello.md": "---\ntitle: Hello\ndate: 2020-01-02\nauthors: [E]\nsummary: S\n---\n" }), [
        `${CSV}:1: file: cannot be read: permission denied (expected a file the build is allowed to read; check its permissions)`,
        `content/news/2020-01-01-hello.md:3: date: "2020-01-02" differs from the file name's 2020-01-01 (expected the same date in both)`,
        `${WORKSHOP}:1: file: cannot be read: permission denied (expected a file the build is allowed to read; check its permissions)`,
      ]);
    } finally {
      mock.restoreAll();
      syncBuiltinESMExports();
    }
  });

  test("a participants list that vanished after the folder was listed is one problem, and still counts as existing", () => {
    const root = makeRepository();
    try {
      rmSync(join(root, CSV));
      const problems: Problem[] = [];
      const lists = loadParticipants(root, problems, [CSV]);
      assert.deepEqual(problems.map(formatProblem), [
        `${CSV}:1: file: disappeared while the site was being checked (expected the file to stay in place; run the check again)`,
      ]);
      assert.deepEqual(lists, { "test-workshop.csv": [] });
    } finally {
      removeTemporary(root);
    }
  });

  test("a folder named like a participants list is one problem when the list reads its own folder", () => {
    const root = makeRepository({ [CSV]: null });
    try {
      mkdirSync(join(root, CSV), { recursive: true });
      const problems: Problem[] = [];
      assert.deepEqual(loadParticipants(root, problems), { "test-workshop.csv": [] });
      assert.deepEqual(problems.map(formatProblem), [`${CSV}:1: file: is a folder, not a file (expected a file, or a folder whose name does not end in .csv)`]);
    } finally {
      removeTemporary(root);
    }
  });
});
