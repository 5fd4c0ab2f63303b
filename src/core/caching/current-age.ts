import { type CacheFinding, cacheFinding } from "./cache-finding";
import type { CacheInputs } from "./cache-inputs";
import { spanText } from "./span-text";

/** How old the response already was when it arrived (RFC 9111 §4.2.3), and what to say about it. */
export interface ArrivalAge {
  seconds: number;
  findings: CacheFinding[];
}

// Date has one-second resolution and the request takes time: a gap under a minute is not skew worth naming.
const SKEW_NOTED_MS = 60_000;

/** RFC 9111 §4.2.3's corrected_initial_age, from Age, Date and the request and response times. */
export function arrivalAgeOf(inputs: CacheInputs): ArrivalAge {
  const findings: CacheFinding[] = [];
  const ageField = inputs.field("Age");
  const dateField = inputs.field("Date");
  if (Number.isNaN(inputs.age))
    findings.push(
      cacheFinding(
        "age",
        "warning",
        "Age is not a whole number of seconds; caches ignore it.",
        [ageField],
        "Send Age as digits only, e.g. Age: 30.",
      ),
    );
  const ageValue = Number.isNaN(inputs.age) ? 0 : (inputs.age ?? 0);
  const { requestTime, responseTime, date } = inputs;
  if (responseTime === undefined || requestTime === undefined) return { seconds: ageValue, findings };
  const delay = Math.max(0, responseTime - requestTime);
  const gap = date === undefined ? 0 : responseTime - date;
  const apparent = Math.max(0, gap);
  const corrected = ageValue * 1000 + delay;
  const seconds = Math.floor(Math.max(apparent, corrected) / 1000);
  if (ageValue > 0)
    findings.push(
      cacheFinding(
        "age",
        "info",
        `Age: ${ageValue}: a cache on the way (a CDN or proxy) had held this copy for ${spanText(ageValue)}; that time counts against its freshness.`,
        [ageField],
      ),
    );
  if (inputs.record.fromCache || date === undefined) return { seconds, findings };
  if (-gap > SKEW_NOTED_MS)
    findings.push(
      cacheFinding(
        "clock-skew",
        "warning",
        `The server's Date is ${spanText(-gap / 1000)} ahead of this browser's clock. The age counts as 0, and an Expires lifetime is measured from Date, so it still holds; a clock this far off breaks anything else that compares times.`,
        [dateField],
        "Synchronize the server's clock (NTP), or this machine's.",
      ),
    );
  else if (gap - corrected > SKEW_NOTED_MS)
    findings.push(
      cacheFinding(
        "clock-skew",
        "warning",
        `Date is ${spanText(gap / 1000)} behind this browser's clock${ageValue ? `, more than Age accounts for` : ` with no Age header`}: the browser counts that gap as age, so the copy goes stale sooner than the server meant. Either a cache served it without sending Age, or one of the two clocks is wrong.`,
        [dateField, ageField],
        "Make the CDN send Age, or synchronize the clocks.",
      ),
    );
  return { seconds, findings };
}
