/** `icssi-statement keygen --out FILE`: an Ed25519 key pair, the private half readable by its owner only. */
import { closeSync, existsSync, openSync, renameSync, writeSync } from 'node:fs';
import { UsageError } from './problems.js';
import { generateKeys } from './signature.js';

export function keygen(file: string, force: boolean): string {
  const pub = `${file}.pub`;
  if (!force) {
    for (const f of [file, pub]) if (existsSync(f)) throw new UsageError(`${f} exists: a key is never overwritten without --force (the statements it signed would no longer verify against a new one)`);
  }
  const { privateKey, publicKey } = generateKeys();
  // Created 0600 from the start, never chmod-ed after: no moment when another user could read it.
  // With --force the new key goes into a fresh file renamed over the old, which keeps that mode too.
  const tmp = force ? `${file}.new-${process.pid}` : file;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, `${privateKey}\n`);
  } finally {
    closeSync(fd);
  }
  if (tmp !== file) renameSync(tmp, file);
  const pfd = openSync(pub, force ? 'w' : 'wx', 0o644);
  try {
    writeSync(pfd, `${publicKey}\n`);
  } finally {
    closeSync(pfd);
  }
  return publicKey;
}
