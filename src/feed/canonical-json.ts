/**
 * RFC 8785 JSON Canonicalization Scheme for values from `JSON.parse`: members sorted by name as
 * UTF-16 code units (the default sort), and strings and numbers written as `JSON.stringify` writes
 * them, which is what the RFC specifies.
 */
export const canonicalJson = (v: unknown): string =>
  v && typeof v == 'object'
    ? Array.isArray(v)
      ? `[${v.map(canonicalJson)}]`
      : `{${Object.keys(v)
          .sort()
          .map((k) => JSON.stringify(k) + ':' + canonicalJson((v as Record<string, unknown>)[k]))}}`
    : JSON.stringify(v);
