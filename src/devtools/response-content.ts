import type { ContentGetter } from "../core/capture";
import { answerOf } from "./either-answer";

/** A finished request's getContent: both browsers call the callback with the body first. */
interface ContentSource {
  getContent(callback: (body: unknown, detail?: unknown) => void): unknown;
}

type Content = Awaited<ReturnType<ContentGetter>>;

/**
 * Chromium passes (body, encoding); Firefox passes (body, mimeType), or resolves to [body, mimeType] when given
 * no callback: only "base64" is an encoding. A body DevTools no longer holds comes as null: "" says so to the
 * panel, which knows the body had bytes.
 */
const contentOf = (body: unknown, detail?: unknown): Content => {
  const text = typeof body === "string" ? body : "";
  return text && detail === "base64" ? { text, encoding: "base64" } : text;
};

const fromFirefoxPromise = (answer: unknown): Content =>
  Array.isArray(answer) ? contentOf(answer[0], answer[1]) : contentOf(answer);

/** Reads the body of a request from onRequestFinished on demand; a request without getContent gives "". */
export function contentGetterOf(request: unknown): ContentGetter {
  const source = request as Partial<ContentSource> | null;
  return () => {
    const getContent = source?.getContent;
    if (typeof getContent !== "function") return Promise.resolve("");
    return answerOf((callback) => getContent.call(source, callback), contentOf, fromFirefoxPromise, "");
  };
}
