// Bytes: the widget against a bare Lit element built by the same Rollup config, and where the widget's bytes come from.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { brotliSize, gzipSize } from '../scripts/check-size.mjs';

export const FLOOR_FILE = 'bench/out/floor/minimal-element.js';

/** Builds bench/floor/minimal-element.js with the widget's own plugins and output options (the floor). */
export async function buildFloor() {
  const { default: configs } = await import('../rollup.config.mjs');
  const widget = configs.find((c) => c.output?.file === 'dist/icssi-statement.js') ?? configs[0];
  const bundle = await rollup({
    input: 'bench/floor/minimal-element.js',
    // The SRI writer is the only plugin with effects outside the bundle; the rest shape the bytes.
    plugins: widget.plugins.filter((p) => p.name !== 'integrity'),
    onwarn: () => {},
  });
  await bundle.write({ ...widget.output, file: FLOOR_FILE, sourcemap: false });
  await bundle.close();
}

export function sizes(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes) };
}

/**
 * Minified bytes per source module, read from the bundle's source map, and each module's marginal
 * gzip cost: how much smaller the gzipped bundle gets without that module's characters (zlib, so
 * comparable between modules rather than exact).
 */
export function attribution(file) {
  const { code, owner, labels } = sourceOwners(file);
  // Runs of characters with one owner, so each module's removal below is a join of slices, not a character loop.
  const runs = [];
  for (let i = 0; i < code.length; i++) {
    const name = labels(owner[i]);
    if (runs.at(-1)?.name === name) runs.at(-1).end = i + 1;
    else runs.push({ name, start: i, end: i + 1 });
  }
  const bytesBy = new Map();
  for (const r of runs) bytesBy.set(r.name, (bytesBy.get(r.name) ?? 0) + Buffer.byteLength(code.slice(r.start, r.end)));
  const whole = gzipSync(code, { level: 9 }).length;
  return [...bytesBy]
    .map(([name, bytes]) => {
      const without = runs.filter((r) => r.name !== name).map((r) => code.slice(r.start, r.end)).join('');
      return { name, bytes, gzip: whole - gzipSync(without, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/** Which source module produced each character of a bundle, from its source map. */
export function sourceOwners(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const owner = new Int32Array(code.length).fill(-1);
  const lines = code.split('\n');
  const lineStarts = [];
  let offset = 0;
  let source = 0;
  map.mappings.split(';').forEach((line, l) => {
    lineStarts.push(offset);
    const starts = [];
    let col = 0;
    // Only which source owns the characters matters here, so source line and column deltas are skipped.
    for (const s of line ? line.split(',').map(decodeVlq) : []) {
      col += s[0];
      if (s.length > 1) source += s[1];
      starts.push([col, s.length > 1 ? source : -1]);
    }
    const len = lines[l]?.length ?? 0;
    starts.forEach(([c, src], i) => owner.fill(src, offset + c, offset + (starts[i + 1]?.[0] ?? len)));
    offset += len + 1;
  });
  const names = map.sources.map(label);
  const labels = (index) => (index < 0 ? label(undefined) : names[index]);
  /** The module at a 0-based line and column of the bundle (as a CPU profile reports them). */
  const at = (line, column) => labels(owner[(lineStarts[line] ?? 0) + column] ?? -1);
  return { code, owner, labels, at };
}

/** A short, stable name for a source path: `src/...` or the package and file inside node_modules. */
function label(path) {
  if (path === undefined) return '(glue: bundle wrapper, unmapped)';
  const m = /node_modules\/(@[^/]+\/[^/]+|[^/]+)\/(.*)$/.exec(path);
  if (m) return `${m[1]}/${m[2].replace(/^(development|node)\//, '')}`;
  return path.replace(/^(\.\.\/)+/, '').replace(/^\0/, '');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}
