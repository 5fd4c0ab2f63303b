import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSync } from "vite";
import { describe, expect, it } from "vitest";

const COMPONENTS = "src/panel/components";
/** Symbols a component may show as they are: icons, and the filter syntax's "-", not words to translate. */
const ALLOWED_TEXT = new Set(["×", "⊘", "?", "-", "←"]);
/** Attributes whose value a user reads or hears. */
const READ_ATTRIBUTES = new Set([
  "title",
  "aria-label",
  "placeholder",
  "alt",
  "aria-valuetext",
  "aria-roledescription",
]);

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && typeof (value as Node).type === "string";

/** Every node under `root`, depth first. */
function* nodesOf(root: unknown): Generator<Node> {
  if (Array.isArray(root)) for (const item of root) yield* nodesOf(item);
  else if (isNode(root)) {
    yield root;
    for (const [key, value] of Object.entries(root)) if (key !== "parent") yield* nodesOf(value);
  }
}

/** The literal texts an expression may render: its branches and template parts, never a comparison's operands. */
function* renderedTexts(node: unknown): Generator<string> {
  if (!isNode(node)) return;
  if (node.type === "Literal" && typeof node.value === "string") yield node.value;
  else if (node.type === "TemplateLiteral") {
    for (const quasi of node.quasis as { value: { cooked: string } }[]) yield quasi.value.cooked;
    for (const expression of node.expressions as unknown[]) yield* renderedTexts(expression);
  } else if (node.type === "ConditionalExpression") {
    yield* renderedTexts(node.consequent);
    yield* renderedTexts(node.alternate);
  } else if (node.type === "LogicalExpression") yield* renderedTexts(node.right);
  else if (node.type === "BinaryExpression" && node.operator === "+") {
    yield* renderedTexts(node.left);
    yield* renderedTexts(node.right);
  } else if (node.type === "JSXExpressionContainer") yield* renderedTexts(node.expression);
}

const hasWords = (text: string) => /\p{L}/u.test(text);

/** "file.tsx:12: text" for each string a user would read that is written in the component itself. */
function inlineStringsOf(file: string, source: string): string[] {
  const { program } = parseSync(file, source, { lang: "tsx" });
  const lineOf = (at: number) => source.slice(0, at).split("\n").length;
  const found: string[] = [];
  for (const node of nodesOf(program)) {
    const texts: string[] = [];
    if (node.type === "JSXText") {
      const text = String(node.value).trim();
      if (text && !ALLOWED_TEXT.has(text)) texts.push(text);
    }
    // A child's expression; an attribute's value is checked below, by the attribute's name.
    if (node.type === "JSXElement" || node.type === "JSXFragment") {
      for (const child of node.children as Node[]) {
        if (child.type === "JSXExpressionContainer")
          texts.push(...[...renderedTexts(child)].filter(hasWords));
      }
    }
    if (node.type === "JSXAttribute") {
      const name = (node.name as { name: string }).name;
      if (READ_ATTRIBUTES.has(name)) texts.push(...[...renderedTexts(node.value)].filter(hasWords));
    }
    for (const text of texts) found.push(`${file}:${lineOf(node.start)}: ${JSON.stringify(text)}`);
  }
  return found;
}

describe("user-visible strings live in src/panel/strings", () => {
  const files = readdirSync(COMPONENTS).filter((name) => name.endsWith(".tsx"));

  it("scans the panel's components", () => {
    expect(files).toContain("toolbar.tsx");
    expect(files).toContain("explanation-card.tsx");
  });

  it("finds no text, title, aria-label or placeholder written in a component", () => {
    const found = files.flatMap((name) =>
      inlineStringsOf(name, readFileSync(join(COMPONENTS, name), "utf8")),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ["JSX text", `<p>Hello</p>`],
    ["a title", `<p title="Hello" />`],
    ["an aria-label in braces", `<p aria-label={"Hello"} />`],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a component's source text, parsed, not run.
    ["a placeholder in a template", "<input placeholder={`Find ${what}`} />"],
    ["a conditional child", `<p>{open ? "Open" : null}</p>`],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a component's source text, parsed, not run.
    ["a child after &&", "<p>{n > 0 && `, ${n} pending`}</p>"],
  ])("catches %s", (_, jsx) => {
    expect(inlineStringsOf("x.tsx", `export const X = () => ${jsx};`)).toHaveLength(1);
  });

  it.each([
    ["a symbol on the allow-list", `<button>×</button>`],
    ["a comparison deciding what shows", `<p>{kind === "live" ? a : b}</p>`],
    ["a class name", `<p class="view-banner file" />`],
    ["strings from the module", `<p title={UI.views.liveTitle}>{UI.views.noMatch}</p>`],
  ])("lets %s through", (_, jsx) => {
    expect(inlineStringsOf("x.tsx", `export const X = () => ${jsx};`)).toEqual([]);
  });
});
