/** What a CLI command may touch: injected so commands stay testable without a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** A file's text, or its bytes (decoded as a browser would); "-" is standard input. */
  readFile(path: string): Promise<string | Uint8Array>;
  /** A folder's entries, for a glob pattern the shell left unexpanded; without it a pattern is a plain name. */
  readDir?(path: string): Promise<DirEntry[]>;
  /** Appends text to a file: the GitHub job summary. */
  appendFile?(path: string, text: string): Promise<void>;
  /** The environment: `GITHUB_STEP_SUMMARY` for `--format github`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The clock; the machine's unless a test passes its own. */
  now?(): Date;
}

export interface DirEntry {
  name: string;
  isDirectory: boolean;
}

/**
 * Exit codes, the same for every command and kept stable: 0 ok; 1 usage error; 2 input that cannot be read or
 * matches nothing; 3 findings (`har --fail-on` matched more requests than `--max-failures`). An unexpected error
 * exits 70 (bin/status-lens.js).
 */
export type ExitCode = 0 | 1 | 2 | 3;

/** Several files: the worst outcome wins; a file that could not be read outranks findings in another. */
export function worstExit(codes: readonly ExitCode[]): ExitCode {
  const rank: readonly ExitCode[] = [0, 3, 2, 1];
  return codes.reduce<ExitCode>(
    (worst, code) => (rank.indexOf(code) > rank.indexOf(worst) ? code : worst),
    0,
  );
}
