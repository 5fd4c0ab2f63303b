/**
 * HAR 1.2 as Status Lens writes it (http://www.softwareishard.com/blog/har-12-spec/), with the Chromium
 * fields DevTools' own importer reads (`_resourceType`, `_error`, `_transferSize`, `_fromCache`, `_initiator`).
 * Only what the writer fills in is typed; an entry DevTools gave is passed through as it came.
 */
export interface HarNameValue {
  name: string;
  value: string;
}

export interface HarCookie extends HarNameValue {
  [field: string]: unknown;
}

export interface HarWrittenEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: HarCookie[];
    headers: HarNameValue[];
    queryString: HarNameValue[];
    postData?: { mimeType: string; text: string };
    headersSize: number;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: HarCookie[];
    headers: HarNameValue[];
    content: { size: number; mimeType: string; text?: string; encoding?: "base64" };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
    _transferSize?: number;
    /** Chromium's error text; null while a request is in flight, as getHAR writes it. */
    _error?: string | null;
  };
  cache: Record<string, never>;
  timings: {
    blocked: number;
    dns: number;
    connect: number;
    ssl: number;
    send: number;
    wait: number;
    receive: number;
  };
  serverIPAddress?: string;
  /** Why this entry is not DevTools' own, when it was written from a record. */
  comment?: string;
  _resourceType?: string;
  _fromCache?: "memory" | "disk";
  // "other": a record keeps where a request started, not how (parser, script), nor the stack.
  _initiator?: { type: "other"; url: string; lineNumber?: number };
}

/** An entry in the file: one DevTools handed over (any JSON object), or one written from a record. */
export type HarEntry = HarWrittenEntry | { readonly [field: string]: unknown };

export interface HarLog {
  log: {
    version: "1.2";
    creator: { name: string; version: string };
    pages: never[];
    entries: HarEntry[];
    comment: string;
  };
}
