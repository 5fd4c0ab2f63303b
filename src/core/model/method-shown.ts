/** How a request's method is written where people read it: an exporter that left it out gets it shown as missing. */
export const NO_METHOD = "(no method)";

export function methodShown(method: string): string {
  return method === "" ? NO_METHOD : method;
}
