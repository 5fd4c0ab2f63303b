import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { fakeIo } from "./fake-io";

// Every name a plain object answers to without owning it, given where the CLI reads words from its user.
const NAMES = [...Object.getOwnPropertyNames(Object.prototype), "__proto__", "prototype"];

const run = async (...argv: string[]) => {
  const { io, cli } = fakeIo(async () => '{"log":{"entries":[]}}');
  return { code: await main(argv, cli), ...io };
};

describe.each(NAMES)("the name %s on the command line", (name) => {
  it("is an unknown command, or an unknown flag of either command: usage, exit 1, one clear line", async () => {
    for (const argv of [[name], ["har", `--${name}`, "x.har"], ["explain", `--${name}`, "404"]]) {
      const { code, stderr } = await run(...argv);
      expect(code, argv.join(" ")).toBe(1);
      expect(stderr.split("\n")[0]).toMatch(/^status-lens( \w+)?: unknown (command|option)/);
    }
  });

  it("is a query explain answers or says nothing matches, and a filter har reads or refuses", async () => {
    expect([0, 2]).toContain((await run("explain", name)).code);
    expect([0, 1]).toContain((await run("har", "x.har", "--filter", `${name}:1`)).code);
    expect((await run("har", "x.har", "--filter", `is:${name}`)).code).toBe(1);
  });
});
