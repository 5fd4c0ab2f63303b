import { describe, expect, it } from "vitest";
import { explainExchange } from "../../../src/core/hints";
import { exchangeMarkdown } from "../../../src/core/share";
import { recordWith } from "../record-builder";

const now = new Date("2026-11-25T10:00:05.000Z");

const unauthorized = () =>
  recordWith({
    method: "GET",
    url: "https://api.example.com/v1/me?access_token=tok98765",
    status: 401,
    statusText: "Unauthorized",
    requestHeaders: { Authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig", Accept: "application/json" },
    responseHeaders: { "WWW-Authenticate": 'Bearer realm="api", error="invalid_token"' },
  });

describe("exchangeMarkdown", () => {
  it("writes the code, request line, meaning, who acts, findings, checklist and headers, secrets hidden", () => {
    const record = unauthorized();
    const markdown = exchangeMarkdown(record, explainExchange(record, { now }), { reveal: false, now });
    expect(markdown).toMatch(
      /^### 401 Unauthorized\n\n`GET https:\/\/api\.example\.com\/v1\/me\?access_token=\[redacted\]` → `401 Unauthorized`\n/,
    );
    expect(markdown).toContain("**What it means:** ");
    expect(markdown).toContain("**Who must act:** ");
    expect(markdown).toContain("**What this response says:**\n\n- ");
    expect(markdown).toMatch(/\*\*Checklist:\*\*\n\n- \[ \] /);
    expect(markdown).toContain(
      'Request:\n\n- `Authorization: Bearer [redacted]`\n\nResponse:\n\n- `WWW-Authenticate: Bearer realm="api", error="invalid_token"`',
    );
    expect(markdown).not.toContain("tok98765");
    expect(markdown).not.toContain("eyJhbGci");
  });

  it("says the caching verdict, as the card does", () => {
    const record = recordWith({ status: 200, responseHeaders: { "Cache-Control": "private, max-age=60" } });
    const markdown = exchangeMarkdown(record, explainExchange(record, { now }), { reveal: false, now });
    expect(markdown).toContain(
      "**Caching:** Fresh for 1 min in the browser cache; not stored in shared caches (CDN, proxy): private.\n",
    );
  });

  it("shows the secrets with reveal", () => {
    const record = unauthorized();
    const markdown = exchangeMarkdown(record, explainExchange(record, { now }), { reveal: true, now });
    expect(markdown).toContain("access_token=tok98765");
    expect(markdown).toContain("`Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig`");
  });

  it("keeps the request's and the response's values apart, and says when a side has none", () => {
    const record = recordWith({ status: 429, responseHeaders: { "Retry-After": "30" } });
    const markdown = exchangeMarkdown(record, explainExchange(record, { now }), { reveal: false, now });
    expect(markdown).toMatch(
      /Request:\n\n_Request: none of [^\n]*Retry-After[^\n]*\._\n\nResponse:\n\n- `Retry-After: 30`/,
    );
  });

  it("writes page data so Markdown cannot turn it into HTML or break the code span", () => {
    const record = recordWith({ url: "https://x.example/a?q=`<b>`", status: 404 });
    const markdown = exchangeMarkdown(record, explainExchange(record, { now }), { reveal: false, now });
    expect(markdown).toContain("`` GET https://x.example/a?q=`<b>` `` → `404 Not Found`");
  });
});
