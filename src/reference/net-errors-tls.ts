/*
 * Cards for Chromium's certificate and TLS net::ERR_* failures beyond the common three.
 * Sources: Chromium's net/base/net_error_list.h at 0182b17bc505e3d68ffd2269d18e1a2fa5bc8876 (names, numbers,
 * meanings; the lines are checked in as tests/fixtures/chromium/net_error_list-extract.h), NSS's secerr.h and
 * sslerr.h and mozilla::pkix's pkixnss.h for the Firefox names in the aliases, Chrome's Certificate
 * Transparency policy. Texts were written for Status Lens.
 */
import type { FailureCard, Link } from "./entry";
import { NET_ERROR_LIST } from "./net-errors";

const CT_POLICY: Link = {
  title: "Chrome Certificate Transparency policy",
  url: "https://googlechrome.github.io/CertificateTransparency/ct_policy.html",
};

export const TLS_NET_ERRORS = [
  {
    name: "net::ERR_CERT_REVOKED",
    netErrorNumber: -206,
    aliases: ["SEC_ERROR_REVOKED_CERTIFICATE"],
    summary: "The server's certificate was revoked by the authority that issued it.",
    explanation:
      "The certificate authority withdrew this certificate before it expired, usually because its private key leaked or it was issued by mistake. Chromium refuses the connection; the site must install a new certificate.",
    whoActs: "server",
    causes: ["A certificate revoked after a key compromise", "A certificate the CA withdrew as misissued"],
    hints: [
      "Check the certificate's serial number with the CA, or run openssl s_client -status to read the OCSP answer.",
      "Issue and deploy a new certificate with a new key; reusing the old key keeps the problem.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CERT_INVALID",
    netErrorNumber: -207,
    aliases: ["SEC_ERROR_BAD_DER"],
    summary: "The server's certificate is malformed or breaks a rule Chromium enforces.",
    explanation:
      "The certificate could be read as one but fails validation for a reason other than name, date or issuer: a broken encoding, a missing or wrong extension, a key usage that does not allow TLS server authentication.",
    whoActs: "server",
    causes: [
      "A hand-made or tool-generated certificate missing the serverAuth extended key usage",
      "A certificate with a malformed field",
    ],
    hints: [
      "Dump it with openssl x509 -text -noout and check Extended Key Usage and Subject Alternative Name.",
      "Reissue it from a CA or a tool such as mkcert that produces browser-compliant certificates.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CERT_WEAK_SIGNATURE_ALGORITHM",
    netErrorNumber: -208,
    aliases: [],
    summary:
      "A certificate in the chain is signed with an algorithm Chromium no longer trusts (such as SHA-1).",
    explanation:
      "The server's certificate, or an intermediate it sends, was signed with a hash that is considered broken. Chromium rejects such chains for public sites; the fix is a certificate signed with SHA-256 or better.",
    whoActs: "server",
    causes: ["An old SHA-1 certificate or intermediate", "An internal CA that still signs with SHA-1"],
    hints: [
      "Read Signature Algorithm for each certificate in the chain (openssl s_client -showcerts).",
      "Replace the intermediate too: an old SHA-1 intermediate fails even under a new leaf.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED",
    netErrorNumber: -217,
    aliases: [],
    summary: "The certificate belongs to a known interception tool, so Chromium blocks the connection.",
    explanation:
      "Something between the browser and the site presented a certificate that Chromium knows is used to intercept traffic by someone other than the device's owner. The site itself may be fine; the network path is not.",
    whoActs: "user",
    causes: [
      "A network or government interception certificate installed on the device",
      "Monitoring software on the device or the network",
    ],
    hints: [
      "Compare with another network (a phone hotspot): if the error goes away, the network intercepts.",
      "Look at the certificate's issuer in the browser's certificate viewer to name the interceptor.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED",
    netErrorNumber: -214,
    aliases: [],
    summary: "The certificate was not logged in Certificate Transparency as Chrome's policy demands.",
    explanation:
      "Chrome requires publicly trusted certificates to come with proof (SCTs) that they were recorded in public CT logs. This certificate lacks enough of them, which happens with certificates from private CAs added as public ones or issued without logging.",
    whoActs: "server",
    causes: ["A certificate issued without CT logging", "A server that strips the SCTs it should staple"],
    hints: [
      "Look the certificate up on crt.sh; if it is missing, the CA did not log it.",
      "Have the CA reissue the certificate with embedded SCTs.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST, CT_POLICY],
  },
  {
    name: "net::ERR_SSL_CLIENT_AUTH_CERT_NEEDED",
    netErrorNumber: -110,
    aliases: ["SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT"],
    summary: "The server asked for a client certificate (mutual TLS) and none was sent.",
    explanation:
      "The server wants the browser to prove who it is with a certificate during the TLS handshake. No matching certificate was chosen, so the connection stopped before any HTTP was exchanged.",
    whoActs: "user",
    causes: [
      "An endpoint protected by mutual TLS (mTLS)",
      "A client certificate not installed in the system or browser store",
    ],
    hints: [
      "Install the client certificate the service issued, then reload and pick it in the browser's prompt.",
      "Check the server's ssl_verify_client (nginx) or equivalent: it may be on for a path that should be public.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_BAD_SSL_CLIENT_AUTH_CERT",
    netErrorNumber: -117,
    aliases: ["SSL_ERROR_BAD_CERT_ALERT"],
    summary: "The server rejected the client certificate the browser sent.",
    explanation:
      "A client certificate was offered during the handshake, but the server did not accept it: it is expired, issued by a CA the server does not trust, or not the one expected.",
    whoActs: "user",
    causes: [
      "An expired or revoked client certificate",
      "A client certificate from a CA missing in the server's trusted list",
    ],
    hints: [
      "Check the client certificate's dates and issuer against what the server trusts (ssl_client_certificate in nginx).",
      "Clear the remembered certificate choice (restart the browser) and pick again.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN",
    netErrorNumber: -150,
    aliases: [],
    summary: "The certificate chain lacks every public key Chromium has pinned for this host.",
    explanation:
      "Chromium ships key pins for a few high-value domains. The chain presented contains none of the pinned keys, which means either an interception or a certificate from an unexpected CA.",
    whoActs: "intermediary",
    causes: [
      "A proxy or antivirus that intercepts TLS for a pinned domain",
      "A site that changed CA without updating its pins",
    ],
    hints: [
      "Try from a network and device without a TLS-inspecting proxy or antivirus.",
      "Compare the chain's issuer with what the site normally uses.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_ECH_NOT_NEGOTIATED",
    netErrorNumber: -183,
    aliases: [],
    summary: "Chromium offered Encrypted Client Hello, but the server could not decrypt it.",
    explanation:
      "The DNS HTTPS record advertised an ECH configuration, so Chromium encrypted the ClientHello. The server did not accept it, usually because the published keys are stale or the server does not really support ECH.",
    whoActs: "server",
    causes: [
      "A DNS HTTPS record with an outdated ECH configuration",
      "A server or CDN change that dropped ECH support",
    ],
    hints: [
      "Query the HTTPS record (dig example.com HTTPS) and compare its ech= value with the server's current keys.",
      "Remove the ech parameter from the DNS record if the server no longer supports it.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
  {
    name: "net::ERR_INSECURE_RESPONSE",
    netErrorNumber: -501,
    aliases: [],
    summary: "A subresource was refused because its connection had a certificate error.",
    explanation:
      "For a script, style or fetch, Chromium shows no warning page; a certificate problem simply fails the request with this error. The underlying error (name mismatch, self-signed, expired) is what needs fixing.",
    whoActs: "server",
    causes: [
      "A self-signed or expired certificate on an API or CDN host",
      "A dev server's certificate accepted on one origin but not on the other",
    ],
    hints: [
      "Open the failing URL in its own tab: the warning page names the real certificate error.",
      "For local development, trust a local CA (mkcert) instead of clicking through per origin.",
    ],
    headers: [],
    retry: "after-change",
    related: [],
    links: [NET_ERROR_LIST],
  },
] satisfies FailureCard[];
