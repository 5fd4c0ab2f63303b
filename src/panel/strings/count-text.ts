// One formatter for every count: toLocaleString("en-US") builds a new one per call, a cost paid per live change.
const COUNT_FORMAT = new Intl.NumberFormat("en-US");

/** Numbers as the panel writes them: 100,000. */
export const formatCount = (count: number) => COUNT_FORMAT.format(count);

/** "1 request", "100,000 requests". */
export const requestsText = (count: number) =>
  `${formatCount(count)} ${count === 1 ? "request" : "requests"}`;
