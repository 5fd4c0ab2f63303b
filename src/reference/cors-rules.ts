/*
 * The CORS rules a browser checks, one per reason it gives for a block, as MDN's CORS error pages split them.
 * Sources: the Fetch standard (§3.2 CORS protocol, §4.8 CORS-preflight fetch, §4.9 CORS check), MDN's CORS
 * error pages (one link each), Chromium's network::mojom::CorsError names as its Issues panel and the DevTools
 * protocol report them (each checked on Chromium 156 against the demo's /cors page, see
 * tests/fixtures/har/chromium-cors-reasons.reasons.json), and WICG Local Network Access. Titles were written for
 * Status Lens.
 */

import type { Link } from "./entry";

const mdn = (page: string, title: string): Link => ({
  title: `MDN: ${title}`,
  url: `https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS/Errors${page ? `/${page}` : ""}`,
});

/** The rules, in the order a browser checks them; `chromium` lists its names for a response, then a preflight. */
export const CORS_RULES = {
  "missing-allow-origin": {
    title: "No Access-Control-Allow-Origin",
    link: mdn("CORSMissingAllowOrigin", "Access-Control-Allow-Origin missing"),
    chromium: ["MissingAllowOriginHeader", "PreflightMissingAllowOriginHeader"],
  },
  "wildcard-with-credentials": {
    title: "Access-Control-Allow-Origin: * on a request with credentials",
    link: mdn("CORSNotSupportingCredentials", "credentials not supported with *"),
    chromium: ["WildcardOriginNotAllowed", "PreflightWildcardOriginNotAllowed"],
  },
  "multiple-allow-origin": {
    title: "Access-Control-Allow-Origin has more than one value",
    link: mdn("CORSMultipleAllowOriginNotAllowed", "multiple Access-Control-Allow-Origin values"),
    chromium: ["MultipleAllowOriginValues", "PreflightMultipleAllowOriginValues"],
  },
  "invalid-allow-origin": {
    title: "Access-Control-Allow-Origin is not an origin",
    link: mdn("CORSAllowOriginNotMatchingOrigin", "Access-Control-Allow-Origin does not match"),
    chromium: ["InvalidAllowOriginValue", "PreflightInvalidAllowOriginValue"],
  },
  "origin-mismatch": {
    title: "Access-Control-Allow-Origin names another origin",
    link: mdn("CORSAllowOriginNotMatchingOrigin", "Access-Control-Allow-Origin does not match"),
    chromium: ["AllowOriginMismatch", "PreflightAllowOriginMismatch"],
  },
  "credentials-not-allowed": {
    title: "Access-Control-Allow-Credentials is not true",
    link: mdn("CORSMissingAllowCredentials", "Access-Control-Allow-Credentials must be true"),
    chromium: ["InvalidAllowCredentials", "PreflightInvalidAllowCredentials"],
  },
  "preflight-status": {
    title: "The preflight did not get a 2xx",
    link: mdn("CORSPreflightDidNotSucceed", "preflight did not succeed"),
    chromium: ["PreflightInvalidStatus"],
  },
  "preflight-redirect": {
    title: "The preflight was redirected",
    link: mdn("CORSExternalRedirectNotAllowed", "redirect not allowed"),
    chromium: ["PreflightDisallowedRedirect"],
  },
  "method-not-allowed": {
    title: "The method is not in Access-Control-Allow-Methods",
    link: mdn("CORSMethodNotFound", "method not in Access-Control-Allow-Methods"),
    chromium: ["MethodDisallowedByPreflightResponse", "InvalidAllowMethodsPreflightResponse"],
  },
  "header-not-allowed": {
    title: "A request header is not in Access-Control-Allow-Headers",
    link: mdn("CORSMissingAllowHeaderFromPreflight", "header not in Access-Control-Allow-Headers"),
    chromium: ["HeaderDisallowedByPreflightResponse", "InvalidAllowHeadersPreflightResponse"],
  },
  "local-network": {
    title: "Blocked from reaching a local network address",
    link: { title: "WICG: Local Network Access", url: "https://wicg.github.io/local-network-access/" },
    chromium: [
      "LocalNetworkAccessPermissionDenied",
      "PreflightMissingAllowPrivateNetwork",
      "PreflightInvalidAllowPrivateNetwork",
      "InsecurePrivateNetwork",
      "InvalidPrivateNetworkAccess",
      "UnexpectedPrivateNetworkAccess",
      "PrivateNetworkAccessPermissionDenied",
    ],
  },
  "preflight-failed": {
    title: "Its preflight failed; the log does not show which rule",
    link: mdn("", "CORS errors"),
    chromium: [],
  },
  unknown: {
    title: "Which rule failed is not in the log",
    link: mdn("", "CORS errors"),
    chromium: [],
  },
} as const satisfies Record<string, CorsRuleEntry>;

/** What the reference says of one rule. */
export interface CorsRuleEntry {
  title: string;
  link: Link;
  /** Chromium's names for it (DevTools issues, Network.corsErrorStatus). */
  chromium: readonly string[];
}

export type CorsRule = keyof typeof CORS_RULES;
