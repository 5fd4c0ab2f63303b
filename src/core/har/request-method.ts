import type { JsonObject } from "./json-fields";

/**
 * The request's method, upper-cased; "" when missing. A WebSocket cut off before its handshake has no method in
 * DevTools' log, though the handshake is always a GET (RFC 6455 §4.1), and the Network panel lists it: so say GET.
 */
export function requestMethodOf(request: JsonObject | undefined, url: string): string {
  const method = typeof request?.method === "string" ? request.method.trim().toUpperCase() : "";
  return method === "" && /^wss?:/i.test(url) ? "GET" : method;
}
