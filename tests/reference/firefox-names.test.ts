/**
 * Firefox's names for the failures Chromium calls net::ERR_*, as aliases that find the right card. Each name was
 * read in Firefox's sources: NS_ERROR_* in xpcom/base/ErrorList.py (mozilla/gecko-dev at 020ce4b8e6aa),
 * SSL_ERROR_* and SEC_ERROR_* in NSS's sslerr.h / secerr.h, MOZILLA_PKIX_ERROR_* in pkixnss.h.
 */
import { describe, expect, it } from "vitest";
import { explainFailure, queryKindOf, searchReference } from "../../src/reference";
import { NET_ERROR_ENTRIES } from "../../src/reference/lookup";

describe("Firefox names", () => {
  it.each([
    ["NS_ERROR_NET_PARTIAL_TRANSFER", "net::ERR_CONTENT_LENGTH_MISMATCH"],
    ["NS_ERROR_CORRUPTED_CONTENT", "net::ERR_INVALID_RESPONSE"],
    ["NS_ERROR_NET_INADEQUATE_SECURITY", "net::ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY"],
    ["NS_ERROR_UNKNOWN_PROXY_HOST", "net::ERR_PROXY_CONNECTION_FAILED"],
    ["NS_ERROR_INTERCEPTION_FAILED", "net::ERR_FAILED"],
    ["NS_ERROR_NET_HTTP3_PROTOCOL_ERROR", "net::ERR_QUIC_PROTOCOL_ERROR"],
    ["NS_ERROR_PARSING_HTTP_STATUS_LINE", "net::ERR_INVALID_HTTP_RESPONSE"],
    ["NS_ERROR_UNKNOWN_PROTOCOL", "net::ERR_UNKNOWN_URL_SCHEME"],
    ["NS_ERROR_MALFORMED_URI", "net::ERR_INVALID_URL"],
    ["SSL_ERROR_RX_RECORD_TOO_LONG", "net::ERR_SSL_PROTOCOL_ERROR"],
    ["SSL_ERROR_BAD_CERT_ALERT", "net::ERR_BAD_SSL_CLIENT_AUTH_CERT"],
    ["SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT", "net::ERR_SSL_CLIENT_AUTH_CERT_NEEDED"],
    ["SEC_ERROR_REVOKED_CERTIFICATE", "net::ERR_CERT_REVOKED"],
    ["MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT", "net::ERR_CERT_AUTHORITY_INVALID"],
  ])("%s finds %s, alone, through explain's grammar and as browser error text", (firefox, chromium) => {
    expect(queryKindOf(firefox)).toBe("error-name");
    expect(searchReference(firefox).map((entry) => entry.name)).toEqual([chromium]);
    expect(explainFailure(firefox).name).toBe(chromium);
    expect(searchReference(firefox.toLowerCase())[0]?.name).toBe(chromium);
  });
});

describe("error names and aliases", () => {
  it("lead to one card each", () => {
    const keys = NET_ERROR_ENTRIES.flatMap((entry) =>
      [entry.name.replace(/^net::/, ""), ...entry.aliases].map((key) => key.toUpperCase()),
    );
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });
});
