import type { CliIo, ExitCode } from "./cli-io";

// Placeholder until the core lands (issue 5).
export async function runHar(_args: string[], io: CliIo): Promise<ExitCode> {
  io.err("status-lens har: not implemented yet\n");
  return 1;
}
