/** An absolute URL split per RFC 3986 §3; core has no URL class (tsconfig.core.json has no DOM lib). */
export interface UrlParts {
  /** Lower-cased, without ":". */
  scheme: string;
  /** Lower-cased host without port; "" when the URL has no authority. */
  hostname: string;
  /** "" when absent or the scheme's default. */
  port: string;
  hasAuthority: boolean;
  path: string;
  /** With its "?", "" when absent. */
  query: string;
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = { http: "80", https: "443", ws: "80", wss: "443" };
// RFC 3986 Appendix B, the authority taken apart further.
const URL_SHAPE = /^([a-z][a-z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(\?[^#]*)?/i;

export function splitUrl(url: string): UrlParts | undefined {
  const match = URL_SHAPE.exec(url.trim());
  if (!match) return undefined;
  const scheme = (match[1] ?? "").toLowerCase();
  const authority = match[2];
  let hostname = "";
  let port = "";
  if (authority !== undefined) {
    const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
    const ported = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostPort);
    if (!ported) return undefined;
    hostname = (ported[1] ?? "").toLowerCase();
    port = ported[2] ?? "";
    if (port === DEFAULT_PORTS[scheme]) port = "";
  }
  return {
    scheme,
    hostname,
    port,
    hasAuthority: authority !== undefined,
    path: match[3] ?? "",
    query: match[4] ?? "",
  };
}

/** The ASCII serialization of an origin ("https://example.com:8443"); undefined for URLs without a host. */
export function originOf(url: string): string | undefined {
  const parts = splitUrl(url);
  if (!parts?.hasAuthority || parts.hostname === "") return undefined;
  return `${parts.scheme}://${parts.hostname}${parts.port ? `:${parts.port}` : ""}`;
}

/** RFC 3986 §5.2.4. */
function removeDotSegments(path: string): string {
  const output: string[] = [];
  const segments = path.split("/");
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (segment === ".") {
      if (last) output.push("");
    } else if (segment === "..") {
      if (output.length > 1) output.pop();
      if (last) output.push("");
    } else output.push(segment ?? "");
  }
  return output.join("/");
}

/** Resolves a (possibly relative) reference against an absolute base URL (RFC 3986 §5.2.2); fragments dropped. */
export function resolveUrl(reference: string, base: string): string | undefined {
  const ref = reference.trim().replace(/#.*$/s, "");
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return ref;
  const parts = splitUrl(base);
  if (!parts?.hasAuthority) return undefined;
  if (ref.startsWith("//")) return `${parts.scheme}:${ref}`;
  const authority = `${parts.scheme}://${parts.hostname}${parts.port ? `:${parts.port}` : ""}`;
  if (ref === "") return authority + (parts.path || "/") + parts.query;
  if (ref.startsWith("?")) return authority + (parts.path || "/") + ref;
  const [refPath = "", ...rest] = ref.split("?");
  const query = rest.length > 0 ? `?${rest.join("?")}` : "";
  const merged = refPath.startsWith("/") ? refPath : `${(parts.path || "/").replace(/[^/]*$/, "")}${refPath}`;
  return authority + removeDotSegments(merged) + query;
}
