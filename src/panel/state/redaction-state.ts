import { signal } from "@preact/signals";

/**
 * Whether secrets (credentials in headers, token-like parameters, password fields) show as they are. Off by
 * default and never stored: each panel session starts redacted. Everything that shows or copies page data reads
 * `revealSecrets` (the screen, and the copy and export code), so one toggle decides for all of them.
 */
export function createRedactionState() {
  const revealSecrets = signal(false);
  return {
    /** true once the user chose "Show secrets" in this session; read it before showing or copying page data. */
    revealSecrets,
    setRevealSecrets(reveal: boolean): void {
      revealSecrets.value = reveal;
    },
  };
}
