/** Picks the statement an element shows: the one named by id, else the newest by date. */
import type { Feed, Statement } from '../model.js';

/** Newest first; undated statements keep their feed order after the dated ones. */
export function newestFirst(statements: readonly Statement[]): Statement[] {
  return statements
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (b.s.published ?? -Infinity) - (a.s.published ?? -Infinity) || a.i - b.i)
    .map(({ s }) => s);
}

export function chooseStatement(feed: Feed, id: string): Statement | undefined {
  return id ? feed.statements.find((s) => s.id === id) : newestFirst(feed.statements)[0];
}
