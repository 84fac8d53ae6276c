/** YAML read with positions, so each problem names the line and column of the field at fault. */
import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { Problems } from './problems.js';

export interface Fields {
  /** The plain JavaScript values, by field name. */
  values: Record<string, unknown>;
  /** Line and column of a field's value (or of the document's start when the field is missing). */
  at(name?: string): [number, number];
}

/**
 * Parses `text` (which starts at `firstLine` of `file`) as a YAML mapping. Syntax errors, a
 * non-mapping and fields outside `known` are added to `problems`; undefined when nothing usable came out.
 */
export function readFields(text: string, file: string, firstLine: number, known: readonly string[], problems: Problems): Fields | undefined {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const place = (offset: number): [number, number] => {
    const { line, col } = counter.linePos(offset);
    return [line + firstLine - 1, col];
  };
  for (const error of doc.errors) {
    const [line, column] = place(error.pos[0]);
    problems.add(file, line, column, `bad YAML: ${error.message.split('\n')[0]}`);
  }
  if (doc.errors.length) return undefined;
  const contents = doc.contents;
  if (!isMap(contents)) {
    problems.add(file, firstLine, 1, 'expected fields (`name: value` lines)');
    return undefined;
  }
  const positions = new Map<string, number>();
  for (const pair of contents.items as Pair<YamlNode, YamlNode>[]) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const offset = (pair.value?.range ?? pair.key?.range)?.[0] ?? 0;
    positions.set(name, offset);
    if (!known.includes(name)) {
      const [line, column] = place(pair.key?.range?.[0] ?? 0);
      problems.add(file, line, column, `unknown field "${name}" (known: ${known.join(', ')})`);
    }
  }
  return {
    values: (doc.toJS() ?? {}) as Record<string, unknown>,
    at: (name) => {
      const offset = name === undefined ? undefined : positions.get(name);
      return offset === undefined ? [firstLine, 1] : place(offset);
    },
  };
}
