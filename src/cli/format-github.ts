import type { RedactOptions } from "../core/redact";
import { failureViewOf, type HarOutcome, isRun } from "./har-run";

/** A workflow command's message: `%`, CR and LF escaped, as the runner decodes them. */
export function githubData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A workflow command's property value: also `:` and `,`, which would end it. */
export function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const annotation = (title: string, message: string) =>
  `::error title=${githubProperty(title)}::${githubData(message)}\n`;

/**
 * GitHub Actions annotations: one `::error` per failing request (or --fail-on match), titled with its code and
 * request, its message what the code means and this response's findings; one per file that cannot be read.
 */
export function formatGithub(outcomes: readonly HarOutcome[], now: Date, redact: RedactOptions): string {
  return outcomes
    .flatMap((outcome) => {
      if (!isRun(outcome)) return [annotation(`status-lens: ${outcome.file}`, outcome.error)];
      return outcome.failures.map((record) => {
        const view = failureViewOf(outcome.explain, record, now, redact);
        const title = `${outcome.file} #${view.index}: ${view.label} ${view.method} ${view.url}`;
        return annotation(title, [view.meaning, ...view.hints.map((hint) => `- ${hint}`)].join("\n"));
      });
    })
    .join("");
}
