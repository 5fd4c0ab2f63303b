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

/** The record's resource type: the HAR's own (lower-cased), else a websocket by scheme, else by MIME type. */
export function resourceTypeOf(declared: string | undefined, scheme: string, mimeType: string): string {
  const own = declared?.trim().toLowerCase();
  if (own) return own;
  if (scheme === "ws" || scheme === "wss") return "websocket";
  const mime = mimeType.trim().toLowerCase();
  return BY_MIME.find(([pattern]) => pattern.test(mime))?.[1] ?? "other";
}
