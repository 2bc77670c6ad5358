// Draws the pictures of CONTRIBUTING.md's "Your pull request's preview": simplified mock-ups of a pull request's
// page on GitHub, not screenshots, as no check can photograph GitHub. What the project writes in them is its own:
// the comment comes from src/review/summary.ts, the problems and annotations from running npm run check.
// Run it again after changing either: npx tsx docs/pictures/make.ts
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import sharp from "sharp";
import { parse } from "yaml";
import { problemLines, summaryMarkdown } from "../../src/review/summary.ts";
import { launch } from "../../tests/helpers/browser.ts";
import { runTool } from "../../tests/helpers/cli.ts";
import { makeRepository } from "../../tests/helpers/repository.ts";

const FOLDER = import.meta.dirname;
const PREVIEW_URL = "https://living-atlases.gbif.org/pr-preview/pr-42/";
const POST_FILE = "content/news/2026-05-04-portugal-launches-its-portal.md";
/** The news post of the example, with the date mistyped: 32 May. */
const POST_WITH_A_TYPO = `---
title: Portugal launches its new portal
date: 2026-05-32
authors:
  - Rui Figueira
summary: GBIF Portugal's new Living Atlas is open to the public.
tags:
  - data portals
---

The text of the news post.
`;
/** What npm run compare said when the real content was built with and without the post (correctly dated). */
const PAGES_OF_THE_POST = { added: ["/news/2026-05-04-portugal-launches-its-portal/"], changed: ["/", "/news/"], removed: [], unchanged: 184 };

interface Annotation {
  line: number;
  title: string;
  message: string;
}

/** npm run check on a project holding the mistyped post, as the workflow runs it: its problem lines and annotations. */
function checkThePostWithATypo(): { problems: string[]; annotations: Annotation[] } {
  const root = makeRepository({ [POST_FILE]: POST_WITH_A_TYPO });
  try {
    const { status, stderr } = runTool("check.ts", [], root, { GITHUB_ACTIONS: "true" });
    if (status !== 1) throw new Error(`npm run check should refuse the post, but exited with ${status}:\n${stderr}`);
    // The time the check took, fixed so that the pictures come out the same on every run.
    const output = stderr.replace(/ in [\d.]+ s\./, " in 1.27 s.");
    const decode = (text: string) => text.replace(/%(25|3A|2C)/g, (code) => ({ "%25": "%", "%3A": ":", "%2C": "," })[code]!);
    const annotations = [...output.matchAll(/^::error file=([^,]*),line=(\d+),title=([^:]*)::(.*)$/gm)].map(([, file, line, title, message]) => {
      if (decode(file!) !== POST_FILE) throw new Error(`an annotation on another file: ${file}`);
      return { line: Number(line), title: decode(title!), message: message!.replace(/%25/g, "%") };
    });
    return { problems: problemLines(output), annotations };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// GitHub renders comments as Markdown and turns bare addresses into links.
const markdown = new MarkdownIt({ html: false, linkify: true });

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Gives the element whose opening tag `pattern` finds first in `html` a note, drawn beside the picture with an arrow to it. */
function pointAt(html: string, pattern: RegExp, note: string): string {
  if (!pattern.test(html)) throw new Error(`nothing to point at: ${pattern}`);
  return html.replace(pattern, (opening: string) => opening.replace(/^<(\w+)/, `<$1 data-note="${escape(note)}"`));
}

const tick = `<svg class="icon ok" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="8"/><path d="M4.5 8.3l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
const cross = `<svg class="icon failed" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="8"/><path d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/></svg>`;

type Tab = "Conversation" | "Files changed";

function pullRequestHeader(selected: Tab): string {
  const tabs: Array<[string, number]> = [
    ["Conversation", 1],
    ["Commits", 1],
    ["Checks", 3],
    ["Files changed", 1],
  ];
  return `<header class="pr">
  <h1>Portugal launches its new portal <span class="muted">#42</span></h1>
  <p><span class="state">Open</span> <b>rui-figueira</b> wants to merge 1 commit into <code class="branch">main</code> from <code class="branch">rui-figueira-patch-1</code></p>
  <nav>${tabs.map(([name, count]) => `<span class="tab${name === selected ? " selected" : ""}">${name} <span class="count">${count}</span></span>`).join("")}</nav>
</header>`;
}

/** A check as GitHub names it in a pull request: workflow / job (event), read from the workflow's own file. */
function checkName(workflowFile: string, job: string, event: "pull_request" | "push"): string {
  const workflow = parse(readFileSync(join(FOLDER, "../../.github/workflows", workflowFile), "utf8")) as {
    name: string;
    jobs: Record<string, { name?: string }>;
  };
  return `${workflow.name} / ${workflow.jobs[job]!.name ?? job} (${event})`;
}
// A branch of this repository runs the content check on its push and on the pull request, so it is listed twice.
const CHECK = checkName("pull-request.yml", "check", "pull_request");
const CHECK_ON_PUSH = checkName("pull-request.yml", "check", "push");
const PREVIEW = checkName("pull-request-preview.yml", "preview", "pull_request");

interface CheckRun {
  name: string;
  passed: boolean;
  time: string;
  note?: string;
}

function checksBox(runs: CheckRun[], noteOnHeading?: string): string {
  const failed = runs.filter((run) => !run.passed).length;
  const heading = failed === 0 ? "All checks have passed" : "Some checks were not successful";
  const counts = failed === 0 ? `${runs.length} successful checks` : `${failed} failing and ${runs.length - failed} successful checks`;
  const rows = runs.map(
    (run) =>
      `<li${run.note ? ` data-note="${escape(run.note)}"` : ""}>${run.passed ? tick : cross}<span class="avatar"></span><div><b>${escape(run.name)}</b><div class="muted time">${run.time}</div></div><a class="details">Details</a></li>`,
  );
  return `<section class="mergebox">
  <div class="summary">${failed === 0 ? tick : cross}<div><b${noteOnHeading ? ` data-note="${escape(noteOnHeading)}"` : ""}>${heading}</b><div class="muted">${counts}</div></div></div>
  <ul class="checks">${rows.join("")}</ul>
</section>`;
}

function comment(body: string, when: string): string {
  return `<article class="comment">
  <div class="comment-head"><span class="avatar round"></span><b>github-actions</b> <span class="bot">bot</span> <span class="muted">commented ${when}</span></div>
  <div class="markdown">${body}</div>
</article>`;
}

function checksPassed(): string {
  const runs: CheckRun[] = [
    { name: CHECK, passed: true, time: "Successful in 9m" },
    { name: CHECK_ON_PUSH, passed: true, time: "Successful in 9m" },
    { name: PREVIEW, passed: true, time: "Successful in 2m", note: "Details opens a check's own page" },
  ];
  return `${pullRequestHeader("Conversation")}${checksBox(runs, "All ticks green: nothing to fix")}`;
}

function previewComment(): string {
  let body = markdown.render(summaryMarkdown({ pages: PAGES_OF_THE_POST, problems: [], previewUrl: PREVIEW_URL, artifact: "site" }));
  body = pointAt(body, /<li><strong>Preview:/, "Your preview: the whole site with your change");
  body = pointAt(body, /<a href="[^"]*\/news\/2026-05-04-portugal-launches-its-portal\/">/, "Each page your change adds or changes, in the preview");
  return `${pullRequestHeader("Conversation")}${comment(body, "3 minutes ago · edited")}`;
}

function checkFailed(problems: string[]): string {
  let body = markdown.render(summaryMarkdown({ pages: { notBuilt: "head" }, problems, previewUrl: PREVIEW_URL, artifact: "site" }));
  body = pointAt(body, /<pre>/, "What to fix: file, line, field, and what to write instead");
  const runs: CheckRun[] = [
    { name: CHECK, passed: false, time: "Failing after 41s", note: "A red cross: this check failed" },
    { name: CHECK_ON_PUSH, passed: false, time: "Failing after 38s" },
    // The preview's check reports the problems in the comment, and so succeeds.
    { name: PREVIEW, passed: true, time: "Successful in 1m" },
  ];
  return `${pullRequestHeader("Conversation")}${comment(body, "1 minute ago · edited")}${checksBox(runs)}`;
}

function problemInFilesChanged(annotations: Annotation[]): string {
  const lines = POST_WITH_A_TYPO.replace(/\n$/, "").split("\n");
  const rows = lines.map((text, index) => {
    const number = index + 1;
    const row = `<tr class="added"><td class="number"></td><td class="number">${number}</td><td class="code">+ ${escape(text)}</td></tr>`;
    const here = annotations.filter((annotation) => annotation.line === number);
    if (here.length === 0) return row;
    const boxes = here.map(
      (annotation) => `<div class="annotation">
  <div>${cross}<b>Check failure on line ${number}</b> in ${POST_FILE}</div>
  <div class="muted">GitHub Actions / check</div>
  <div><b>${escape(annotation.title)}</b></div>
  <div>${escape(annotation.message)}</div>
</div>`,
    );
    return `${row}<tr><td colspan="3" class="annotations"><div data-note="The problems, under the line they concern">${boxes.join("")}</div></td></tr>`;
  });
  return `${pullRequestHeader("Files changed")}<section class="file">
  <div class="file-head"><span class="added-count">+${lines.length}</span> ${POST_FILE}</div>
  <table class="diff">${rows.join("")}</table>
</section>`;
}

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; background: #fff; font: 14px/1.5 "Noto Sans", "Segoe UI", Helvetica, Arial, "DejaVu Sans", sans-serif; color: #1f2328; }
#picture { position: relative; width: 940px; padding: 16px 16px 26px; margin: 0; background: #fff; border: 1px solid #d1d9e0; display: flex; gap: 50px; }
.stage { width: 690px; flex: none; }
.notes { position: relative; flex: 1; }
.arrows { position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none; overflow: visible; }
.tag { position: absolute; right: 12px; bottom: 4px; margin: 0; font-size: 11px; color: #818b98; }
.note { position: absolute; left: 0; right: 0; padding: 6px 9px; border-radius: 6px; background: #b3195f; color: #fff; font-weight: bold; font-size: 13px; line-height: 1.35; }
[data-note] { outline: 3px solid #b3195f; outline-offset: 2px; border-radius: 3px; }
.muted { color: #59636e; font-weight: normal; }
b { font-weight: 600; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; }
header.pr h1 { margin: 0 0 4px; font-size: 22px; font-weight: normal; }
header.pr p { margin: 0 0 12px; color: #59636e; font-size: 13px; }
header.pr p b { color: #1f2328; }
.state { display: inline-block; padding: 2px 10px; border-radius: 999px; background: #1f883d; color: #fff; font-weight: 600; margin-right: 4px; }
.branch { padding: 1px 5px; border-radius: 6px; background: #ddf4ff; color: #0969da; }
nav { display: flex; gap: 4px; border-bottom: 1px solid #d1d9e0; margin-bottom: 14px; }
.tab { padding: 6px 10px 8px; color: #59636e; border-bottom: 2px solid transparent; }
.tab.selected { color: #1f2328; font-weight: 600; border-bottom-color: #fd8c73; }
.count { display: inline-block; min-width: 18px; padding: 0 6px; border-radius: 999px; background: #e7ecf0; font-size: 12px; font-weight: 500; text-align: center; }
.icon { width: 16px; height: 16px; flex: none; }
.icon.ok circle { fill: #1a7f37; }
.icon.failed circle { fill: #d1242f; }
.avatar { display: inline-block; width: 20px; height: 20px; border-radius: 4px; background: #d1d9e0; flex: none; }
.avatar.round { width: 28px; height: 28px; border-radius: 50%; }
.mergebox { border: 1px solid #d1d9e0; border-radius: 6px; }
.mergebox .summary { display: flex; gap: 10px; align-items: flex-start; padding: 12px 14px; border-bottom: 1px solid #d1d9e0; }
.mergebox .summary .icon { width: 22px; height: 22px; margin-top: 1px; }
.checks { list-style: none; margin: 0; padding: 4px 0; background: #f6f8fa; border-radius: 0 0 6px 6px; }
.checks li { display: flex; align-items: center; gap: 8px; padding: 6px 14px; white-space: nowrap; font-size: 13px; line-height: 1.35; }
.checks .time { font-size: 12px; }
.checks .details { margin-left: auto; padding-left: 10px; color: #0969da; font-weight: 600; }
a { color: #0969da; text-decoration: none; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; margin-bottom: 16px; }
.comment-head { display: flex; align-items: center; gap: 6px; padding: 8px 14px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; }
.bot { padding: 0 6px; border: 1px solid #d1d9e0; border-radius: 999px; font-size: 12px; color: #59636e; }
.markdown { padding: 4px 16px 10px; }
.markdown h2 { font-size: 20px; font-weight: 600; margin: 10px 0 10px; padding-bottom: 6px; border-bottom: 1px solid #d1d9e0; }
.markdown h3 { font-size: 16px; font-weight: 600; margin: 14px 0 6px; }
.markdown p, .markdown ul { margin: 0 0 10px; }
.markdown ul { padding-left: 26px; }
.markdown li[data-note] { margin: 2px 0 10px; }
.markdown code { padding: 1px 5px; border-radius: 6px; background: #eff1f3; }
.markdown pre { padding: 12px 14px; background: #f6f8fa; border-radius: 6px; white-space: pre-wrap; line-height: 1.45; margin: 0 0 10px; }
.markdown pre code { padding: 0; background: none; }
.file { border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
.file-head { padding: 8px 14px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; font-weight: 600; }
.added-count { color: #1a7f37; margin-right: 6px; }
.diff { width: 100%; border-collapse: collapse; font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; line-height: 20px; }
.diff .number { width: 38px; padding: 0 8px; text-align: right; color: #59636e; background: #d1f8d9; }
.diff .code { padding: 0 10px; background: #dafbe1; white-space: pre; }
.annotations { padding: 8px 10px; background: #fff; border-top: 1px solid #d1d9e0; border-bottom: 1px solid #d1d9e0; }
.annotation { padding: 8px 12px; border: 1px solid #d1d9e0; border-left: 4px solid #d1242f; border-radius: 6px; font-family: "Noto Sans", "Segoe UI", Helvetica, Arial, "DejaVu Sans", sans-serif; font-size: 13px; line-height: 1.5; white-space: normal; }
.annotation + .annotation { margin-top: 8px; }
.annotation .icon { vertical-align: -3px; margin-right: 6px; }
`;

/**
 * Puts each [data-note] element's note in the right-hand column, level with it where there is room, and draws an
 * arrow from the note to it. Plain JavaScript in a string, as tsx's helpers do not exist in the page, and in a
 * block, as setContent keeps the page's global names from one picture to the next.
 */
const LAYOUT = `{
const picture = document.getElementById("picture");
const notes = picture.querySelector(".notes");
const arrows = picture.querySelector(".arrows g");
const origin = picture.getBoundingClientRect();
let free = 0;
for (const target of picture.querySelectorAll("[data-note]")) {
  const note = document.createElement("div");
  note.className = "note";
  note.textContent = target.dataset.note;
  notes.append(note);
  const box = target.getBoundingClientRect();
  const column = notes.getBoundingClientRect();
  const top = Math.max(free, box.top + box.height / 2 - note.offsetHeight / 2 - column.top);
  note.style.top = top + "px";
  free = top + note.offsetHeight + 12;
  const from = { x: column.left - origin.left - 4, y: column.top - origin.top + top + note.offsetHeight / 2 };
  const to = { x: box.right - origin.left + 7, y: box.top - origin.top + box.height / 2 };
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", "M " + from.x + " " + from.y + " Q " + (from.x - 24) + " " + to.y + " " + to.x + " " + to.y);
  path.setAttribute("marker-end", "url(#head)");
  arrows.append(path);
}
picture.style.minHeight = Math.max(picture.offsetHeight, free + 40) + "px";
}`;

function page(stage: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<figure id="picture">
  <div class="stage">${stage}</div>
  <div class="notes"></div>
  <svg class="arrows" aria-hidden="true"><defs><marker id="head" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#b3195f"/></marker></defs><g fill="none" stroke="#b3195f" stroke-width="3" stroke-linecap="round"></g></svg>
  <p class="tag">Simplified illustration, not a screenshot</p>
</figure>
<script>${LAYOUT}</script>
</body></html>`;
}

const { problems, annotations } = checkThePostWithATypo();
const pictures: Record<string, string> = {
  "checks-passed.png": checksPassed(),
  "preview-comment.png": previewComment(),
  "check-failed.png": checkFailed(problems),
  "problem-in-files-changed.png": problemInFilesChanged(annotations),
};

const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 960, height: 600 }, deviceScaleFactor: 2 });
  const tab = await context.newPage();
  for (const [name, stage] of Object.entries(pictures)) {
    await tab.setContent(page(stage));
    const photo = await tab.locator("#picture").screenshot({ animations: "disabled" });
    // Flat colours and text: a palette of 64 keeps each picture small without visible loss.
    const file = join(FOLDER, name);
    const { size, width, height } = await sharp(photo).png({ palette: true, colours: 64, dither: 0, compressionLevel: 9, effort: 10 }).toFile(file);
    console.log(`${file}: ${width}×${height}, ${Math.round(size / 1024)} KB`);
  }
} finally {
  await browser.close();
}
