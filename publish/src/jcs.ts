/**
 * RFC 8785 JSON Canonicalization Scheme, for JSON-compatible values: members sorted by name as UTF-16
 * code units (JavaScript's default sort order), no white space, strings and numbers as ECMAScript's
 * JSON.stringify writes them (which is exactly what RFC 8785 §3.2.2 prescribes).
 */
export function canonicalize(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('JCS: numbers must be finite');
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`JCS: ${typeof value} is not JSON`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(',')}]`;
  const members = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  members.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${members.map(([k, v]) => `${JSON.stringify(k)}:${canonicalize(v)}`).join(',')}}`;
}
