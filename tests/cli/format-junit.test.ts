import { readFile } from "node:fs/promises";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { xmlAttribute, xmlText } from "../../src/cli/format-junit";
import { main } from "../../src/cli/main";
import { harEntry } from "../har-entry";
import { fakeIo } from "./fake-io";

const DEMO = "tests/fixtures/har/chromium-demo.har";

async function junit(files: Record<string, string>, ...args: string[]) {
  const { io, cli } = fakeIo((path) => (path in files ? Promise.resolve(files[path] ?? "") : readFile(path)));
  const code = await main(["har", ...args, "--format", "junit"], cli);
  return { code, ...io };
}

/** The report parsed as XML, failing on any well-formedness error. */
function parsed(xml: string) {
  const doc = new new Window().DOMParser().parseFromString(xml, "application/xml");
  expect(doc.querySelector("parsererror")?.textContent ?? "").toBe("");
  return doc;
}

/** JUnit's shape: testsuites > testsuite > testcase > failure|error, with counts that agree at each level. */
function checkShape(xml: string) {
  const doc = parsed(xml);
  const root = doc.documentElement;
  expect(root.tagName).toBe("testsuites");
  const suites = [...root.children];
  expect(suites.every((suite) => suite.tagName === "testsuite")).toBe(true);
  let failures = 0;
  let tests = 0;
  for (const suite of suites) {
    const cases = [...suite.children];
    expect(cases.every((c) => c.tagName === "testcase" && c.getAttribute("name"))).toBe(true);
    const failed = cases.filter((c) => c.children[0]?.tagName === "failure").length;
    const errored = cases.filter((c) => c.children[0]?.tagName === "error").length;
    expect(Number(suite.getAttribute("tests"))).toBe(cases.length);
    expect(Number(suite.getAttribute("failures"))).toBe(failed);
    expect(Number(suite.getAttribute("errors"))).toBe(errored);
    tests += cases.length;
    failures += failed;
  }
  expect(Number(root.getAttribute("tests"))).toBe(tests);
  expect(Number(root.getAttribute("failures"))).toBe(failures);
  return doc;
}

describe("status-lens har --format junit", () => {
  it("writes one testcase per failing request, with its meaning and findings as the failure message", async () => {
    const { code, stdout, stderr } = await junit({}, DEMO);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
    const doc = checkShape(stdout);
    const cases = [...doc.querySelectorAll("testcase")];
    expect(cases.length).toBe(20);
    const loop = cases.find((c) => c.getAttribute("name")?.startsWith("#40 "));
    const failure = loop?.querySelector("failure");
    expect(failure?.getAttribute("type")).toBe("(failed) net::ERR_TOO_MANY_REDIRECTS");
    // The message: the card's summary, then this response's findings, one per line.
    const message = failure?.getAttribute("message") ?? "";
    expect(message.split("\n").length).toBeGreaterThan(1);
    expect(message).toMatch(/\n- Redirect loop between /);
    expect(failure?.textContent).toMatch(/\nCheck:\n- /);
  });

  it("lists the --fail-on matches, and exits 3", async () => {
    const { code, stdout } = await junit({}, DEMO, "--fail-on", "is:cors");
    expect(code).toBe(3);
    const doc = checkShape(stdout);
    expect([...doc.querySelectorAll("testcase")].map((c) => c.getAttribute("name")?.split(" ")[0])).toEqual([
      "#56",
    ]);
  });

  it("is a valid empty report when nothing fails", async () => {
    const { code, stdout } = await junit({}, DEMO, "--fail-on", "path:/nowhere");
    expect(code).toBe(0);
    const doc = checkShape(stdout);
    expect(doc.documentElement.getAttribute("tests")).toBe("0");
  });

  it("reports several files, an unreadable one as an error testcase (exit 2)", async () => {
    const { code, stdout, stderr } = await junit({ "bad.har": "{not json" }, DEMO, "bad.har");
    expect(code).toBe(2);
    expect(stderr).toMatch(/^status-lens har: bad\.har: not a HAR file/);
    const doc = checkShape(stdout);
    expect(doc.querySelectorAll("testsuite")).toHaveLength(2);
    expect(doc.querySelector("error")?.getAttribute("message")).toMatch(/bad\.har: not a HAR file/);
    expect(doc.documentElement.getAttribute("errors")).toBe("1");
  });

  it("escapes markup and keeps control characters out of a hostile file", async () => {
    const hostile = JSON.stringify({
      log: {
        entries: [
          harEntry("https://x.example/a?q=<b>&\"'</b>]]>", 500, {
            response: { "X-Evil": "\u001b[31mred\u0007 & <tag> \ud800" },
          }),
        ],
      },
    });
    const { code, stdout } = await junit({ "evil.har": hostile }, "evil.har");
    expect(code).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting there are none.
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    const doc = checkShape(stdout);
    expect(doc.querySelector("testcase")?.getAttribute("name")).toContain("<b>&\"'</b>]]>");
  });
});

describe("xmlText and xmlAttribute", () => {
  it.each([
    { text: "a & b < c > d", body: "a &amp; b &lt; c &gt; d", attribute: "a &amp; b &lt; c &gt; d" },
    { text: 'say "hi"', body: 'say "hi"', attribute: "say &quot;hi&quot;" },
    { text: "one\ntwo\tthree\r", body: "one\ntwo\tthree\r", attribute: "one&#10;two&#9;three&#13;" },
    {
      text: "bell\u0007 nul\u0000 lone\ud800",
      body: "bell\ufffd nul\ufffd lone\ufffd",
      attribute: "bell\ufffd nul\ufffd lone\ufffd",
    },
    { text: "emoji 😀", body: "emoji 😀", attribute: "emoji 😀" },
  ])("$text", ({ text, body, attribute }) => {
    expect(xmlText(text)).toBe(body);
    expect(xmlAttribute(text)).toBe(attribute);
  });
});
