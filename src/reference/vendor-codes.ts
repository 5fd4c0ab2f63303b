/*
 * More codes outside the IANA registry, each from the vendor that sends it, and what a code means when two
 * vendors use it differently. Sources: Twitter's 2009 announcement of 420 for the Search API, Spring
 * Framework's HttpStatus javadoc, Shopify's API response codes and 2018 changelog, Esri's ArcGIS REST JS
 * error handling, Qualys SSL Labs' API documentation, Howard and LeBlanc, "Writing Secure Code for Windows
 * Vista" (Microsoft Press, 2007) for 450. Texts were written for Status Lens.
 */
import type { Link, StatusCard } from "./entry";

const unofficial = { standing: "unofficial", spec: "", cacheable: false, mdn: false } as const;

const SHOPIFY_CODES: Link = {
  title: "Shopify: API response status and error codes",
  url: "https://shopify.dev/docs/api/usage/response-codes",
};

export const VENDOR_CODES = [
  {
    ...unofficial,
    code: 420,
    name: "Enhance Your Calm",
    aliases: ["Method Failure"],
    sender: "Twitter API v1 (retired); Spring (deprecated)",
    summary: "Two old meanings: Twitter's 'slow down' and Spring's WebDAV-draft 'Method Failure'.",
    explanation:
      "Twitter's version 1 Search and Trends APIs answered 420 'Enhance Your Calm' when a client went over its rate limit, from January 2010; newer APIs use 429. Spring Framework once defined 420 as METHOD_FAILURE, from an early WebDAV draft, and deprecates it. Shopify also answered 420 for locked stores until August 2018, when it moved to 423. Today a 420 most likely comes from an old client library or a custom server; read the body and the Server header to tell which meaning applies.",
    whoActs: "client",
    causes: [
      "A client that exceeded a rate limit of an API still using Twitter's old convention",
      "A Java service returning Spring's deprecated METHOD_FAILURE",
    ],
    hints: [
      "If the body talks about rate limits, treat it as 429: wait (Retry-After if present) and back off.",
      "If the server is a Spring application, look for HttpStatus.METHOD_FAILURE in its code and replace it with a registered status.",
    ],
    headers: ["Retry-After", "Server"],
    retry: "after-delay",
    related: [{ code: 429, note: "429 is the registered way to say 'too many requests'." }],
    links: [
      {
        title: "Twitter Development Talk: new HTTP response code 420 for rate limiting (2009)",
        url: "https://groups.google.com/g/twitter-development-talk/c/PzsP043rmw8",
      },
      {
        title: "Spring Framework: HttpStatus.METHOD_FAILURE (deprecated)",
        url: "https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html",
      },
      {
        title: "Shopify changelog: locked stores return 423 instead of 420 (2018)",
        url: "https://shopify.dev/changelog/admin-api-requests-to-locked-stores-will-return-a-423-status-code-instead-of-420",
      },
    ],
  },
  {
    ...unofficial,
    code: 430,
    name: "Shopify Security Rejection",
    aliases: [],
    sender: "Shopify",
    summary: "Shopify's edge judged the request malicious and rejected it.",
    explanation:
      "Shopify answers 430 when its security layer considers a request harmful, typically because of the request's pattern or the reputation of the address it came from, not because of the API call itself.",
    whoActs: "client",
    causes: [
      "A scraper or bot-like request pattern against a storefront",
      "Requests from an address or network with a bad reputation",
    ],
    hints: [
      "Slow down and send requests as a normal client would, with a real User-Agent.",
      "Use the documented APIs with credentials instead of scraping storefront pages.",
    ],
    headers: ["User-Agent"],
    retry: "after-change",
    related: [{ code: 403, note: "403 is the registered way to refuse a request." }],
    links: [SHOPIFY_CODES],
  },
  {
    ...unofficial,
    code: 450,
    name: "Blocked by Windows Parental Controls",
    aliases: ["Blocked by Parental Controls"],
    sender: "Windows Parental Controls",
    summary: "Windows Parental Controls on the user's computer blocked the site.",
    explanation:
      "Windows Vista introduced Parental Controls, which filter web traffic on the computer itself and answer 450 for a blocked site, as Microsoft's own book on Vista security describes (Howard and LeBlanc, Writing Secure Code for Windows Vista, Microsoft Press, 2007). The server never saw the request.",
    whoActs: "user",
    causes: ["Web restrictions for this Windows account", "A site on the account's block list"],
    hints: [
      "Check Parental Controls (Family Safety) settings for the signed-in Windows account.",
      "Test with another account or computer: if it loads there, the local filter blocked it.",
    ],
    headers: [],
    retry: "after-change",
    related: [{ code: 451, note: "451 is a block for legal reasons, decided by the server's side." }],
    links: [],
  },
  {
    ...unofficial,
    code: 498,
    name: "Invalid Token",
    aliases: [],
    sender: "Esri ArcGIS Server",
    summary: "ArcGIS rejected the token the request carried: expired, revoked or for another server.",
    explanation:
      "ArcGIS services use code 498 for a token they will not accept and 499 for a request that needs one and has none. They usually put the code in the JSON body of an HTTP 200; some deployments and proxies send it as the status.",
    whoActs: "client",
    causes: ["An expired token", "A token generated for another server, referer or IP address"],
    hints: [
      "Generate a new token and check its expiry; ArcGIS REST JS raises ArcGISAuthError for this case.",
      "Check the token's binding (referer or IP): a proxy changing the client's address invalidates IP-bound tokens.",
    ],
    headers: [],
    retry: "after-change",
    related: [
      { code: 401, note: "401 is the registered way to say the credentials are missing or wrong." },
      { code: 499, note: "499 from ArcGIS means no token was sent at all." },
    ],
    links: [
      {
        title: "Esri: ArcGIS REST JS error handling",
        url: "https://developers.arcgis.com/arcgis-rest-js/error-handling",
      },
    ],
  },
  {
    ...unofficial,
    code: 529,
    name: "Site is overloaded",
    aliases: ["Service overloaded"],
    sender: "Qualys SSL Labs API",
    summary: "The SSL Labs assessment API is overloaded and asks clients to come back later.",
    explanation:
      "Qualys' SSL Labs API answers 529 when the service as a whole is overloaded, next to 429 for one client's rate and 503 for maintenance. Its documentation asks clients to sleep for several minutes before trying again.",
    whoActs: "server",
    causes: ["Heavy load on the SSL Labs assessment service"],
    hints: [
      "Wait several minutes (the API's documentation suggests about 30) before submitting again.",
      "Limit concurrent assessments to what the API's info endpoint allows.",
    ],
    headers: [],
    retry: "after-delay",
    related: [{ code: 503, note: "503 is the registered way to say the service is unavailable for now." }],
    links: [
      {
        title: "Qualys SSL Labs API documentation (v3)",
        url: "https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md",
      },
    ],
  },
] satisfies StatusCard[];
