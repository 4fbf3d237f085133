export interface LicenceEntry {
  /** `name version` of a package, or what an embedded file comes from. */
  name: string;
  /** SPDX expression from package.json. */
  license: string;
  source?: string;
  /** LICENSE, COPYING and NOTICE files, as shipped. */
  files: { name: string; text: string }[];
}
export function collectLicences(metafile: { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> }): Promise<LicenceEntry[]>;
export function renderLicences(entries: readonly LicenceEntry[]): string;
