import { firstHeaderValue, hasHeader, headerValues } from "../http";
import type { Hint, RequestRecord } from "../model";

/** One piece of evidence that a layer (CDN, load balancer, proxy) handled the response. */
export interface LayerEvidence {
  layer: string;
  header: string;
  value: string;
}

interface ServerPattern {
  pattern: RegExp;
  layer: string;
}

// What the Server header says about who wrote the response head.
const SERVERS: readonly ServerPattern[] = [
  { pattern: /^cloudflare\b/i, layer: "Cloudflare" },
  { pattern: /^awselb\//i, layer: "AWS Elastic Load Balancing" },
  { pattern: /^cloudfront\b/i, layer: "Amazon CloudFront" },
  { pattern: /^envoy\b/i, layer: "Envoy" },
  { pattern: /^(nginx|openresty)\b/i, layer: "nginx" },
  { pattern: /^akamai/i, layer: "Akamai" },
  { pattern: /^varnish\b/i, layer: "Varnish" },
  { pattern: /^(gws|gfe|google frontend)\b/i, layer: "Google Front End" },
  { pattern: /^(apache|httpd)\b/i, layer: "Apache httpd" },
  { pattern: /^microsoft-(iis|httpapi)\b/i, layer: "Microsoft IIS" },
  { pattern: /^caddy\b/i, layer: "Caddy" },
  { pattern: /^traefik\b/i, layer: "Traefik" },
  { pattern: /^(haproxy)\b/i, layer: "HAProxy" },
  { pattern: /^vercel\b/i, layer: "Vercel" },
  { pattern: /^netlify\b/i, layer: "Netlify" },
];

const first = (record: RequestRecord, name: string) => firstHeaderValue(record.responseHeaders, name)?.trim();

/** Every layer the response headers name, outermost (closest to the browser) first where the order is known. */
export function layerEvidence(record: RequestRecord): LayerEvidence[] {
  const found: LayerEvidence[] = [];
  const add = (layer: string, header: string, value: string | undefined) => {
    if (value !== undefined && value !== "") found.push({ layer, header, value });
  };
  add("Cloudflare", "CF-Ray", first(record, "cf-ray"));
  add("Amazon CloudFront", "X-Amz-Cf-Id", first(record, "x-amz-cf-id"));
  const xCache = first(record, "x-cache");
  if (xCache && /cloudfront/i.test(xCache)) add("Amazon CloudFront", "X-Cache", xCache);
  if (xCache && /akamai/i.test(xCache)) add("Akamai", "X-Cache", xCache);
  add("Fastly", "X-Served-By", first(record, "x-served-by"));
  add("Fastly", "X-Fastly-Request-ID", first(record, "x-fastly-request-id"));
  add("Akamai", "X-Akamai-Request-ID", first(record, "x-akamai-request-id"));
  add("Varnish", "X-Varnish", first(record, "x-varnish"));
  const envoy = record.responseHeaders.find((h) => h.name.toLowerCase().startsWith("x-envoy-"));
  if (envoy) add("Envoy", envoy.name, envoy.value);
  // RFC 9110 §7.6.3: each proxy appends "protocol received-by [comment]"; the last entry is closest to the client.
  const via = headerValues(record.responseHeaders, "via").flatMap((v) => v.split(","));
  for (const hop of via.reverse()) {
    const match = /^\s*(?:[a-z0-9.-]+\/)?[0-9.]+\s+(\S+)(?:\s+\((.*)\))?\s*$/i.exec(hop);
    if (!match) continue;
    const label = `${match[1] ?? ""} ${match[2] ?? ""}`;
    const layer = /varnish/i.test(label)
      ? "Varnish"
      : /cloudfront/i.test(label)
        ? "Amazon CloudFront"
        : /google/i.test(label)
          ? "Google Cloud"
          : (match[1] ?? "");
    add(layer, "Via", hop.trim());
  }
  const server = first(record, "server");
  const known = server ? SERVERS.find((s) => s.pattern.test(server)) : undefined;
  if (server && known) add(known.layer, "Server", server);
  return found;
}

/** A layer that certainly wrote this response itself, rather than passing the application's on. */
function generator(record: RequestRecord): LayerEvidence | undefined {
  const server = first(record, "server") ?? "";
  if (/^awselb\//i.test(server))
    return { layer: "AWS Elastic Load Balancing", header: "Server", value: server };
  if (/^cloudflare\b/i.test(server) && record.status >= 520 && record.status <= 530) {
    return { layer: "Cloudflare", header: "Server", value: server };
  }
  // Envoy adds x-envoy-upstream-service-time only to responses that came from upstream.
  if (
    /^envoy\b/i.test(server) &&
    record.status >= 500 &&
    !hasHeader(record.responseHeaders, "x-envoy-upstream-service-time")
  ) {
    return { layer: "Envoy", header: "Server", value: server };
  }
  return undefined;
}

const evidenceText = (e: LayerEvidence) => `${e.layer} (${e.header}: ${e.value})`;

/** 5xx and unofficial codes: which layer sent it, read from Server, Via, CF-Ray, X-Amz-Cf-Id, X-Cache, X-Served-By. */
export function serverLayerHints(record: RequestRecord): Hint[] {
  const maker = generator(record);
  if (maker) {
    return [
      {
        topic: "server-layer",
        severity: "info",
        text: `Sent by ${evidenceText(maker)} itself, not by the application behind it.`,
        source: maker.header,
      },
    ];
  }
  const evidence = layerEvidence(record);
  if (evidence.length === 0) return [];
  const layers = [...new Set(evidence.map((e) => e.layer))];
  const shown = layers.map((layer) => evidenceText(evidence.find((e) => e.layer === layer) as LayerEvidence));
  return [
    {
      topic: "server-layer",
      severity: "info",
      text: `Passed through ${shown.join(", ")}; any of them, or the origin, may have produced this status.`,
      source: evidence[0]?.header ?? "Server",
    },
  ];
}
