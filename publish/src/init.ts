/** `icssi-statement init DIR`: a statements folder to start from, with the seed statement as a worked example. */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './problems.js';
import { CONFIG_FILE } from './source.js';

// The seed statement's Markdown (Arabic original, English translation) is the demo's own copy: one source for both.
const EXAMPLE = fileURLToPath(new URL('../../../../demo/statements/nasiriyah-2025-02/', import.meta.url));
const SLUG = 'nasiriyah-2025-02';

const CONFIG = `# The statement site: \`icssi-statement build\` reads this file and every <slug>/<lang>.md beside it.

# The feed's name, as feed readers and link previews show it.
title: المبادرة الدولية للتضامن مع المجتمع المدني العراقي
description: The Iraqi Civil Society Solidarity Initiative (ICSSI) is dedicated to bringing together Iraqi and international civil societies through concrete actions to build together another Iraq, with peace and Human Rights for all.

# The organisation's own website.
home_page_url: https://www.iraqicivilsociety.org/

# Where the built folder (build --out) will be served. Every address in the feed and the pages starts
# here, and signatures cover them: change it before you publish, and rebuild if it ever changes.
base_url: https://statements.example.org/

# The language of the original of a statement whose files do not say \`original: true\`.
language: ar

# Who publishes the statements (optional).
author:
  name: المبادرة الدولية للتضامن مع المجتمع المدني العراقي
  url: https://www.iraqicivilsociety.org/

# Other addresses serving a copy of this site's feed.json, tried in order when base_url cannot be
# reached. With a signed feed a mirror can only fail, never change a word.
mirrors: []
#  - https://mirror.example.net/statements/feed.json
`;

const README = `# Statements

One folder per statement (its name is the statement's address), one Markdown file per language
(\`ar.md\`, \`en.md\`, \`ckb.md\`…), each starting with YAML front matter:

    ---
    title: The statement's title in this language
    date: 2025-02-10T09:00:00+03:00   # ISO 8601; on the original
    summary: One or two sentences     # optional
    original: true                    # on the original (default: the file in site.yaml's language)
    signatories:                      # on the original
      - name: An organisation
        url: https://example.org/     # optional
    ---

Then build: \`npx icssi-statement build . --out ../public --key ../statements.key\`.
`;

/** Writes the folder and returns the files made; refuses a folder that already holds anything. */
export function init(dir: string): string[] {
  if (existsSync(dir) && readdirSync(dir).length) throw new UsageError(`${dir} is not empty: init makes a new statements folder`);
  mkdirSync(join(dir, SLUG), { recursive: true });
  writeFileSync(join(dir, CONFIG_FILE), CONFIG);
  writeFileSync(join(dir, 'README.md'), README);
  cpSync(EXAMPLE, join(dir, SLUG), { recursive: true });
  return [CONFIG_FILE, 'README.md', ...readdirSync(join(dir, SLUG)).sort().map((f) => `${SLUG}/${f}`)].map((f) => join(dir, f));
}
