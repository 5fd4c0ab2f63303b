import type { CliIo, ExitCode } from "./cli-io";

// Placeholder until the reference lands (issue 4).
export async function runExplain(_args: string[], io: CliIo): Promise<ExitCode> {
  io.err("status-lens explain: not implemented yet\n");
  return 1;
}
