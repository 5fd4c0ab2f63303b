import { describe, expect, it } from "vitest";
import { curlOf } from "../../../src/core/share";
import { recordWith } from "../record-builder";

const hide = { reveal: false };
const show = { reveal: true };

describe("curlOf", () => {
  it("writes a GET with its headers, one option per line, without -X", () => {
    const record = recordWith({
      url: "https://api.example.com/v1/items?page=2",
      requestHeaders: {
        Accept: "application/json",
        "Accept-Encoding": "gzip, deflate, br",
        Host: "api.example.com",
      },
    });
    expect(curlOf(record, show)).toBe(
      "curl 'https://api.example.com/v1/items?page=2' \\\n  -H 'Accept: application/json' \\\n  --compressed",
    );
  });

  it("writes a POST body with --data-raw, no -X, and no Content-Length or HTTP/2 pseudo-headers", () => {
    const record = recordWith({
      method: "POST",
      url: "https://api.example.com/v1/orders",
      requestHeaders: [
        { name: ":method", value: "POST" },
        { name: ":authority", value: "api.example.com" },
        { name: "content-type", value: "application/json" },
        { name: "content-length", value: "13" },
      ],
      requestBody: { mimeType: "application/json", text: `{"note":"it's"}` },
    });
    expect(curlOf(record, show)).toBe(
      `curl 'https://api.example.com/v1/orders' \\\n  -H 'content-type: application/json' \\\n  --data-raw '{"note":"it'\\''s"}'`,
    );
  });

  it.each([
    ["DELETE", undefined, "-X 'DELETE'"],
    ["POST", undefined, "-X 'POST'"],
    ["GET", "q=1", "-X 'GET'"],
    ["PUT", "q=1", "-X 'PUT'"],
    ["HEAD", undefined, "--head"],
  ])("%s with body %s says %s", (method, text, option) => {
    const record = recordWith({ method, ...(text ? { requestBody: { mimeType: "text/plain", text } } : {}) });
    expect(curlOf(record, show).split(" \\\n  ")).toContain(option);
  });

  it("keeps a Host that differs from the URL's, and sends an empty header as `Name;`", () => {
    const record = recordWith({
      url: "http://127.0.0.1:8080/",
      requestHeaders: { Host: "staging.example.com", "X-Empty": "" },
    });
    expect(curlOf(record, show)).toContain("-H 'Host: staging.example.com' \\\n  -H 'X-Empty;'");
  });

  it("hides secrets unless revealed", () => {
    const record = recordWith({
      method: "POST",
      url: "https://api.example.com/login?access_token=abc",
      requestHeaders: { Authorization: "Bearer eyJhbGci.x.y", Cookie: "session=42" },
      requestBody: { mimeType: "application/x-www-form-urlencoded", text: "password=x&user=y" },
    });
    const hidden = curlOf(record, hide);
    expect(hidden).toContain("'https://api.example.com/login?access_token=[redacted]'");
    expect(hidden).toContain("-H 'Authorization: Bearer [redacted]'");
    expect(hidden).toContain("-H 'Cookie: session=[redacted]'");
    expect(hidden).toContain("--data-raw 'password=[redacted]&user=y'");
    expect(curlOf(record, show)).toContain("-H 'Authorization: Bearer eyJhbGci.x.y'");
  });

  it("writes control characters as $'...' escapes and keeps non-ASCII as it is", () => {
    const record = recordWith({
      method: "POST",
      requestBody: { mimeType: "text/plain", text: "línea 1\nlínea 2 'ok' ☃" },
    });
    expect(curlOf(record, show)).toContain("--data-raw $'línea 1\\nlínea 2 \\'ok\\' ☃'");
  });
});
