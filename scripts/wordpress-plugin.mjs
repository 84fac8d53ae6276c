// The WordPress plugin's build: copies the built widget (dist/icssi-statement.js and its SRI hash) into
// wordpress/assets/ (a build artefact, git-ignored), and with `zip` packs wordpress/ as
// dist/icssi-statement-wordpress.zip, the file a site uploads in Plugins → Add New → Upload Plugin.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const plugin = join(root, 'wordpress');

/** Puts the built script beside the plugin; fails when the plugin's version is not the package's. */
export function copyAssets() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const header = /^ \* Version:\s+(\S+)$/m.exec(readFileSync(join(plugin, 'icssi-statement.php'), 'utf8'))?.[1];
  const constant = /const VERSION\s+= '([^']+)'/.exec(readFileSync(join(plugin, 'icssi-statement.php'), 'utf8'))?.[1];
  if (header !== version || constant !== version) {
    throw new Error(`wordpress/icssi-statement.php says ${header} / ${constant}, package.json ${version}: keep them equal.`);
  }
  mkdirSync(join(plugin, 'assets'), { recursive: true });
  for (const file of ['icssi-statement.js', 'icssi-statement.js.sri']) {
    copyFileSync(join(root, 'dist', file), join(plugin, 'assets', file));
  }
}

if (process.argv[2] === 'zip') {
  copyAssets();
  const stage = mkdtempSync(join(tmpdir(), 'icssi-plugin-'));
  try {
    cpSync(plugin, join(stage, 'icssi-statement'), { recursive: true });
    const out = join(root, 'dist', 'icssi-statement-wordpress.zip');
    rmSync(out, { force: true });
    execFileSync('zip', ['-qrX', out, 'icssi-statement'], { cwd: stage, stdio: 'inherit' });
    console.log(`Wrote ${out}`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
