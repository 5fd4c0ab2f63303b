import { describe, expect, it } from "vitest";
import { chainHints } from "../../../src/core/hints/chain-hints";
import type { RedirectChain } from "../../../src/core/requests";

const hop = (status: number, method: string, url: string) => ({
  id: url + status,
  status,
  method,
  host: "a.test",
  url,
});
const chain = (overrides: Partial<RedirectChain>): RedirectChain => ({
  hops: [hop(301, "GET", "https://a.test/old"), hop(200, "GET", "https://a.test/new")],
  redirects: 1,
  loop: false,
  tooLong: false,
  limitReached: false,
  methodChanged: false,
  ...overrides,
});

describe("chainHints", () => {
  it.each([
    {
      why: "a plain chain shows its route",
      input: chain({}),
      texts: ["Redirect chain: 301 GET https://a.test/old → 200 GET https://a.test/new."],
    },
    {
      why: "a loop at the limit",
      input: chain({
        hops: Array.from({ length: 21 }, (_, i) =>
          hop(i < 20 ? 302 : 0, "GET", `https://a.test/${i % 2 ? "b" : "a"}`),
        ),
        redirects: 20,
        loop: true,
        tooLong: true,
        limitReached: true,
      }),
      texts: [
        "Redirect loop between https://a.test/a, https://a.test/b (20 redirects).",
        "The chain hit the browser's limit of 20 redirects (Fetch §4.4), so it failed.",
        "Redirect chain: 302 GET https://a.test/a → 302 GET https://a.test/b → 302 GET https://a.test/a → 302 GET https://a.test/b → … 16 more … → failed GET https://a.test/a.",
      ],
    },
    {
      why: "a long chain under the limit, with a method change",
      input: chain({
        hops: [
          hop(303, "POST", "https://a.test/1"),
          ...[2, 3, 4, 5, 6].map((n) => hop(302, "GET", `https://a.test/${n}`)),
          hop(200, "GET", "https://a.test/7"),
        ],
        redirects: 6,
        tooLong: true,
        methodChanged: true,
      }),
      texts: [
        "6 redirects (more than 5): each costs a round trip.",
        "The method changed along the chain (POST → GET); a request body is not sent again.",
        "Redirect chain: 303 POST https://a.test/1 → 302 GET https://a.test/2 → 302 GET https://a.test/3 → 302 GET https://a.test/4 → … 2 more … → 200 GET https://a.test/7.",
      ],
    },
  ])("$why", ({ input, texts }) => {
    expect(chainHints(input).map((h) => h.text)).toEqual(texts);
  });

  it("rates a loop as an error", () => {
    expect(chainHints(chain({ loop: true }))[0]).toMatchObject({
      topic: "redirect-chain",
      severity: "error",
    });
  });
});
