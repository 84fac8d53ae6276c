/**
 * `icssi-statement`: the publisher's side of the widget. Exit codes: 0 done, 1 bad input (every
 * problem printed as `path:line:column message`) or a statement that failed verification, 2 misuse.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { build } from './build.js';
import { init } from './init.js';
import { keygen } from './keygen.js';
import { InputError, UsageError } from './problems.js';
import { readPublicKey, verifyFeed } from './verify.js';

interface Option {
  type: 'string' | 'boolean';
  multiple?: boolean;
  value?: string;
  description: string;
}

interface Command {
  usage: string;
  summary: string;
  options: Record<string, Option>;
  /** How many positional arguments it takes. */
  positionals: number;
  run(args: string[], values: Record<string, string | boolean | (string | boolean)[] | undefined>): Promise<number> | number;
}

const COMMANDS: Record<string, Command> = {
  init: {
    usage: 'init DIR',
    summary: "Make a statements folder: site.yaml (the feed's title, home page, public base URL, language, mirrors) and the seed statement as a worked example.",
    options: {},
    positionals: 1,
    run: ([dir]) => {
      for (const file of init(dir!)) console.log(file);
      console.error(`Now edit ${dir}/site.yaml (base_url above all), then: icssi-statement build ${dir} --out public`);
      return 0;
    },
  },
  build: {
    usage: 'build DIR --out OUT [--key KEYFILE]',
    summary: 'Build the static statement site: feed.json (signed with --key), feed.atom, one page per statement and language, the widget, the snippet builder and headers files.',
    options: {
      out: { type: 'string', value: 'OUT', description: 'folder to write; replaced whole, only once the build is complete' },
      key: { type: 'string', value: 'KEYFILE', description: 'private key (from keygen) to sign every statement with' },
      'base-url': { type: 'string', value: 'URL', description: "serve address to use instead of site.yaml's base_url (previews, the demo)" },
    },
    positionals: 1,
    run: ([dir], values) => {
      if (typeof values.out !== 'string') throw new UsageError('build needs --out OUT');
      const result = build({
        dir: dir!,
        out: values.out,
        keyFile: values.key as string | undefined,
        baseUrl: values['base-url'] as string | undefined,
        log: (line) => console.error(line),
      });
      console.log(
        `Built ${result.statements} statement${result.statements === 1 ? '' : 's'} (${result.pages} page${result.pages === 1 ? '' : 's'}) into ${values.out}` +
          (result.publicKey ? `, signed with key ${result.publicKey}` : ', unsigned'),
      );
      return 0;
    },
  },
  keygen: {
    usage: 'keygen --out FILE [--force]',
    summary: 'Make an Ed25519 key pair: the private key in FILE (mode 0600), the public key in FILE.pub and printed, base64url of the raw 32 bytes.',
    options: {
      out: { type: 'string', value: 'FILE', description: 'where to write the private key (FILE.pub gets the public key)' },
      force: { type: 'boolean', description: 'replace an existing key pair' },
    },
    positionals: 0,
    run: (_, values) => {
      if (typeof values.out !== 'string') throw new UsageError('keygen needs --out FILE');
      const publicKey = keygen(values.out, values.force === true);
      console.error(`Private key: ${values.out} (keep it secret and backed up). Public key: ${values.out}.pub`);
      console.log(publicKey);
      return 0;
    },
  },
  verify: {
    usage: 'verify FEED --key PUBLIC',
    summary: 'Check every statement of a feed (a file or an http(s) URL) against the public key: one line each, exit 1 if any fails.',
    options: {
      key: { type: 'string', multiple: true, value: 'PUBLIC', description: 'public key, or a file holding it (FILE.pub); repeat for several (key rotation)' },
    },
    positionals: 1,
    run: async ([feed], values) => {
      const keys = ((values.key as string[] | undefined) ?? []).flatMap((k) => k.split(/\s+/).filter(Boolean));
      if (!keys.length) throw new UsageError('verify needs --key PUBLIC');
      const { lines, ok } = await verifyFeed(feed!, keys.map(readPublicKey));
      for (const line of lines) console.log(line);
      return ok ? 0 : 1;
    },
  },
};

function help(name?: string): string {
  const commands = name ? [name] : Object.keys(COMMANDS);
  const blocks = commands.map((c) => {
    const cmd = COMMANDS[c]!;
    const width = Math.max(0, ...Object.entries(cmd.options).map(([o, opt]) => `--${o}${opt.value ? ` ${opt.value}` : ''}`.length));
    const options = Object.entries(cmd.options).map(([o, opt]) => `    ${`--${o}${opt.value ? ` ${opt.value}` : ''}`.padEnd(width)}  ${opt.description}`);
    return [`  icssi-statement ${cmd.usage}`, `    ${cmd.summary}`, ...options].join('\n');
  });
  return `Usage:\n${blocks.join('\n\n')}\n\n  --help, -h  this text (also after a command)\n\nExit codes: 0 done, 1 bad input or a failed verification, 2 misuse.\n`;
}

export async function main(argv: string[]): Promise<number> {
  // Dates on pages are formatted from the offset the author wrote, never the machine's time zone.
  process.env.TZ = 'UTC';
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const options: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };
    for (const [o, opt] of Object.entries(command.options)) options[o] = { type: opt.type, ...(opt.multiple ? { multiple: true } : {}) };
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (parsed.values.help) {
      process.stdout.write(help(name));
      return 0;
    }
    if (parsed.positionals.length !== command.positionals) {
      throw new UsageError(`${name} takes ${command.positionals ? `one argument (${command.usage})` : 'no arguments'}, got ${parsed.positionals.length}`);
    }
    return await command.run(parsed.positionals, parsed.values);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`icssi-statement: ${error.message}\n\n${help(command ? name : undefined)}`);
      return 2;
    }
    if (error instanceof InputError) {
      console.error(error.message);
      return 1;
    }
    console.error(`icssi-statement: ${(error as Error).message}`);
    return 1;
  }
}
