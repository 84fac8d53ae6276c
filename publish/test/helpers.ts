/** Runs the tool as a user does (the bin, a child process) on scratch folders. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';

/** A path in the repository (tests run from publish/dist/publish/test/). */
export const repo = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [repo('publish/bin/icssi-statement.js'), ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder, removed when the file's tests end. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'icssi-publish-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `files` (path → text) below `dir`. */
export function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Every file below `dir`, by relative path, with its bytes. */
export function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

export const SITE_YAML = `title: Test statements
base_url: https://statements.test/
language: ar
`;
