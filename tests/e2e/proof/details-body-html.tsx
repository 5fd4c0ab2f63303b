// The proof build's stand-in for src/panel/components/details-body.tsx: it renders a body as HTML, the one thing
// the panel must never do. tests/e2e/hostile.test.ts must fail against a build that uses it.
export const BODY_SHOWN_CHARS = 100 * 1024;

export function DetailsBody({ text }: { text: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the protection this build removes on purpose
  return <pre class="details-body" dangerouslySetInnerHTML={{ __html: text }} />;
}
