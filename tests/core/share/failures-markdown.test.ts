import { describe, expect, it } from "vitest";
import { failuresMarkdown } from "../../../src/core/share";
import { recordWith } from "../record-builder";

describe("failuresMarkdown", () => {
  it("groups the failing requests by label, largest first, with their top endpoints and an example", () => {
    const records = [
      recordWith({ url: "https://api.example.com/users/1?token=abc", status: 404, statusText: "Not Found" }),
      recordWith({ url: "https://api.example.com/users/2", status: 404, statusText: "Not Found" }),
      recordWith({ url: "https://api.example.com/teams/7", status: 404, statusText: "Not Found" }),
      recordWith({
        url: "http://localhost:9/x",
        status: 0,
        failure: { kind: "network", error: "net::ERR_CONNECTION_REFUSED" },
      }),
      recordWith({ url: "https://api.example.com/ok" }),
    ];
    expect(failuresMarkdown(records, { reveal: false })).toBe(
      [
        "### 4 failing requests of 5",
        "",
        "#### 404 Not Found (3×)",
        "",
        "- 2× `GET api.example.com/users/:id`",
        "- 1× `GET api.example.com/teams/:id`",
        "",
        "e.g. `GET https://api.example.com/users/1?token=[redacted]`",
        "",
        "#### (failed) net::ERR\\_CONNECTION\\_REFUSED (1×)",
        "",
        "- 1× `GET localhost:9/x`",
        "",
        "e.g. `GET http://localhost:9/x`",
        "",
      ].join("\n"),
    );
  });

  it("says when nothing failed", () => {
    expect(failuresMarkdown([recordWith()], { reveal: false })).toBe(
      "### No failing requests\n\nNone of 1 requests failed.\n",
    );
  });
});
