/** What a CLI command may touch: injected so commands stay testable without a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<string>;
  /** The clock; the machine's unless a test passes its own. */
  now?(): Date;
}

/** Exit codes: 0 ok, 1 usage error, 2 input that matches nothing or is not what was asked for. */
export type ExitCode = 0 | 1 | 2;
