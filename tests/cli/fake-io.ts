import type { CliIo } from "../../src/cli/cli-io";

/** A CliIo that collects what a command prints; `readFile` is what the command may read. */
export function fakeIo(
  readFile: CliIo["readFile"] = () => Promise.reject(new Error("this command reads no files")),
) {
  const io = { stdout: "", stderr: "" };
  const cli: CliIo = {
    out: (text) => {
      io.stdout += text;
    },
    err: (text) => {
      io.stderr += text;
    },
    readFile,
  };
  return { io, cli };
}
