/** What a CLI command may touch: injected so commands stay testable without a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** A file's text, or its bytes (decoded as a browser would); "-" is standard input. */
  readFile(path: string): Promise<string | Uint8Array>;
  /** The clock; the machine's unless a test passes its own. */
  now?(): Date;
}

/**
 * Exit codes, the same for every command and kept stable: 0 ok; 1 usage error; 2 input that cannot be read or
 * matches nothing. An unexpected error exits 70 (bin/status-lens.js).
 */
export type ExitCode = 0 | 1 | 2;
