export interface RedactOptions {
  /** true: show secrets as they are (the user's per-session toggle, or --no-redact). */
  reveal: boolean;
}
