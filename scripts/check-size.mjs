// The byte budget, enforced on every build: dist/icssi-statement.js must stay within 20 KB gzip (-9).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const BUDGET = 20 * 1024;
export const TARGET = 16 * 1024;

/**
 * GNU `gzip -9` fed on stdin, so no file name enters the header (`gzip -9c FILE | wc -c` counts 19
 * more). Its deflate differs from zlib's (this script packs about 1.5 % tighter), so the number is
 * gzip's wherever the program exists (every Debian system) and zlib's level 9 only as a fallback.
 */
export function gzipSize(bytes) {
  try {
    return execFileSync('gzip', ['-9'], { input: bytes, maxBuffer: 1 << 26 }).length;
  } catch {
    return gzipSync(bytes, { level: 9 }).length;
  }
}

export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2] ?? 'dist/icssi-statement.js';
  const bytes = readFileSync(file);
  const gzip = gzipSize(bytes);
  const target = gzip <= TARGET ? `meets the ${kb(TARGET)} target` : `${gzip - TARGET} bytes over the ${kb(TARGET)} target`;
  console.log(`${file}: ${bytes.length} bytes raw, ${gzip} bytes gzip -9 (${kb(gzip)}), ${brotliSize(bytes)} bytes brotli; ${target}.`);
  if (gzip > BUDGET) {
    console.error(
      `SIZE BUDGET EXCEEDED: ${file} is ${gzip} bytes gzip -9 (${kb(gzip)}), ${gzip - BUDGET} bytes over the ${BUDGET}-byte (20 KB) budget.\n` +
        'See where the bytes are in bench/results.md (`npm run bench`).',
    );
    process.exit(1);
  }
}
