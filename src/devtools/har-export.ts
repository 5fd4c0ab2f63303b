import { getHarEntries } from "./network-source";
import { saveTextFile } from "./save-file";

/** What HAR export needs from the browser, handed to the panel by main.tsx. */
export interface HarExportPort {
  /** Every entry DevTools holds now, in full (getHAR); the live capture keeps lean records. */
  devtoolsEntries(): Promise<readonly unknown[]>;
  /** Hands the text to the user as a downloaded file. */
  save(fileName: string, text: string): void;
  /** The extension's version, for the file's creator. */
  version: string;
}

/** HAR export through DevTools' extension API; `chrome.runtime` names the version. */
export function devtoolsHarExport(doc: Document): HarExportPort {
  return {
    devtoolsEntries: getHarEntries,
    save: (fileName, text) => saveTextFile(doc, fileName, text),
    version: globalThis.chrome?.runtime?.getManifest?.().version ?? "",
  };
}
