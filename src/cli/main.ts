import type { CliIo, ExitCode } from "./cli-io";
import { runExplain } from "./explain-command";
import { runHar } from "./har-command";
import { terminalSafe } from "./terminal-safe";

const USAGE = `Usage:
  status-lens explain <query...> [--json]   explain a status code, a net::ERR_ name or words of a name
  status-lens har <file.har... | -> [--filter QUERY] [--fail-on QUERY] [--format text|json|junit|github|markdown]
                  [--no-redact]   summarize HAR files (secrets redacted); status-lens har --help for more

Exit codes: 0 ok, 1 usage error, 2 input unreadable or nothing matched, 3 findings (har --fail-on),
  70 unexpected error (--debug shows it).
`;

/** The CLI's entry: everything it prints passes terminalSafe, whatever file or query it came from. */
export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  return dispatch(argv, {
    ...io,
    out: (text) => io.out(terminalSafe(text)),
    err: (text) => io.err(terminalSafe(text)),
    ...(io.appendFile
      ? {
          appendFile: (path: string, text: string) =>
            io.appendFile?.(path, terminalSafe(text)) ?? Promise.resolve(),
        }
      : {}),
  });
}

async function dispatch(argv: string[], io: CliIo): Promise<ExitCode> {
  const [command, ...rest] = argv;
  switch (command) {
    case "explain":
      return runExplain(rest, io, io.now?.());
    case "har":
      return runHar(rest, io, io.now?.());
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.out(USAGE);
      return command === undefined ? 1 : 0;
    default:
      io.err(`status-lens: unknown command "${command}"\n${USAGE}`);
      return 1;
  }
}
