/** Pairs one-language entries into statements with versions, whatever link the format expresses translations with. */
import type { Statement } from '../model.js';

export interface Entry {
  /** A statement with exactly one version. */
  s: Statement;
  /** What other entries call this one: its URL, its post id. */
  key?: string;
  /** What this entry calls its translations. */
  alts: string[];
}

const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0];

/**
 * Entries that name each other, in either direction or through a third, become one statement.
 * The original is the earliest published (a translation never precedes its original); on a tie,
 * the one in the feed's language; then the first in the feed. Its id, dates and people are kept.
 */
export function pair(entries: Entry[], feedLang = ''): Statement[] {
  const byKey = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.key && !byKey.has(e.key)) byKey.set(e.key, i);
  });
  const up = entries.map((_, i) => i);
  const root = (i: number): number => (up[i] === i ? i : (up[i] = root(up[i]!)));
  entries.forEach((e, i) =>
    e.alts.forEach((k) => {
      const j = byKey.get(k);
      if (j !== undefined) up[root(j)] = root(i);
    }),
  );
  const groups = new Map<number, Statement[]>();
  entries.forEach((e, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), e.s]));
  const foreign = (s: Statement) => +(primary(s.versions[0]!.lang) !== primary(feedLang));
  const ids = new Set<string>();
  return [...groups.values()].map((members) => {
    const [original, ...rest] = members.sort(
      (a, b) => (a.published ?? Infinity) - (b.published ?? Infinity) || foreign(a) - foreign(b),
    );
    // Ids stay unique in the feed: a repeated one gets -2, -3… in feed order.
    let id = original!.id;
    for (let n = 1; ids.has(id); ) id = `${original!.id}-${++n}`;
    ids.add(id);
    return { ...original!, id, versions: [original!, ...rest].map((s) => s.versions[0]!) };
  });
}
