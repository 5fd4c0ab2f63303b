// Chromium's `Common.ResourceType` names, guessed from the MIME type when the HAR has no `_resourceType`.
const BY_MIME: ReadonlyArray<readonly [RegExp, string]> = [
  [/^text\/html|xhtml/, "document"],
  [/^text\/css/, "stylesheet"],
  [/javascript|ecmascript/, "script"],
  [/^image\//, "image"],
  [/^font\/|woff|opentype|truetype/, "font"],
  [/^(?:audio|video)\//, "media"],
  [/manifest\+json/, "manifest"],
  [/json|xml|^text\/plain|x-www-form-urlencoded|protobuf|grpc/, "fetch"],
];

// Fetch §3.2.13 request destinations (Sec-Fetch-Dest), which Firefox and proxies keep in the request headers.
const BY_DESTINATION: ReadonlyMap<string, string> = new Map([
  ["document", "document"],
  ["iframe", "document"],
  ["frame", "document"],
  ["script", "script"],
  ["style", "stylesheet"],
  ["image", "image"],
  ["font", "font"],
  ["audio", "media"],
  ["video", "media"],
  ["track", "media"],
  ["manifest", "manifest"],
  ["empty", "fetch"],
]);

/**
 * The record's resource type: the HAR's own (lower-cased), else a websocket by scheme, else the request's
 * Sec-Fetch-Dest, else a guess from the response MIME type.
 */
export function resourceTypeOf(
  declared: string | undefined,
  scheme: string,
  mimeType: string,
  fetchDest = "",
): string {
  const own = declared?.trim().toLowerCase();
  if (own) return own;
  if (scheme === "ws" || scheme === "wss") return "websocket";
  const byDest = BY_DESTINATION.get(fetchDest.trim().toLowerCase());
  if (byDest) return byDest;
  const mime = mimeType.trim().toLowerCase();
  return BY_MIME.find(([pattern]) => pattern.test(mime))?.[1] ?? "other";
}
