import type { RedactOptions } from "../core/redact";
import { type FailureView, failureViewOf, type HarOutcome, isRun } from "./har-run";

// XML 1.0 allows tab, LF and CR among controls; the rest (and a lone surrogate) make the file unreadable.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Element text: markup escaped, characters XML cannot hold replaced. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, "\ufffd").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value in double quotes: also its quotes, and line breaks and tabs kept as references. */
export function xmlAttribute(text: string): string {
  return xmlText(text)
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join("");

function testcase(suite: string, view: FailureView): string {
  const name = `#${view.index} ${view.label} ${view.method} ${view.url}`;
  // The message is what CI lists: the card's summary and what this response says; the text adds the checklist.
  const message = [view.meaning, ...view.findings.map((finding) => `- ${finding}`)].join("\n");
  const checklist = view.hints.filter((hint) => !view.findings.includes(hint));
  const body = [message, ...(checklist.length ? ["Check:", ...checklist.map((hint) => `- ${hint}`)] : [])];
  return [
    `    <testcase${attributes({ classname: suite, name })}>`,
    `      <failure${attributes({ message, type: view.label })}>${xmlText(body.join("\n"))}</failure>`,
    "    </testcase>",
  ].join("\n");
}

/**
 * JUnit XML, as CI test reports read it: one testsuite per file, one testcase per failing request (or --fail-on
 * match) whose failure message is what its code means and whose text lists this response's findings. A file that
 * cannot be read is one testcase with an error.
 */
export function formatJunit(outcomes: readonly HarOutcome[], now: Date, redact: RedactOptions): string {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites = outcomes.map((outcome) => {
    const suite = `status-lens ${outcome.file}`;
    if (!isRun(outcome)) {
      tests++;
      errors++;
      const head = attributes({ name: suite, tests: 1, failures: 0, errors: 1, skipped: 0 });
      return [
        `  <testsuite${head}>`,
        `    <testcase${attributes({ classname: suite, name: `read ${outcome.file}` })}>`,
        `      <error${attributes({ message: outcome.error, type: "unreadable" })}/>`,
        "    </testcase>",
        "  </testsuite>",
      ].join("\n");
    }
    const views = outcome.failures.map((record) => failureViewOf(outcome.explain, record, now, redact));
    tests += views.length;
    failures += views.length;
    const head = attributes({
      name: suite,
      tests: views.length,
      failures: views.length,
      errors: 0,
      skipped: 0,
    });
    if (views.length === 0) return `  <testsuite${head}/>`;
    return [`  <testsuite${head}>`, ...views.map((view) => testcase(suite, view)), "  </testsuite>"].join(
      "\n",
    );
  });
  const head = attributes({ name: "status-lens", tests, failures, errors });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${head}>\n${suites.map((s) => `${s}\n`).join("")}</testsuites>\n`;
}
