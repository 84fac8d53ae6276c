/** Picks the language version a reader sees: the best match for their languages, else the original. */
import type { Statement, Version } from '../model.js';
import { negotiate } from '../locale/negotiate.js';

export function chooseVersion(statement: Statement, readerLangs: readonly string[]): Version {
  const i = negotiate(
    readerLangs,
    statement.versions.map((v) => v.lang),
  );
  return statement.versions[Math.max(0, i)]!;
}
