/** Remembers a pure function of a string: locale lookups are slow, and a list of statements repeats a few tags. */
export function memo<T>(f: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (!seen.has(s)) seen.set(s, f(s));
    return seen.get(s)!;
  };
}
