/** The partner's copy-paste snippet: wherever it is printed, its integrity hash is the built script's. */
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';

/** A file of the repository as it is on disk (the test server rewrites the JavaScript it serves). */
async function repoFile(path: string): Promise<string> {
  const text = await readFile({ path: `../../${path}` });
  expect(text, `${path} exists`).to.be.a('string');
  return text!;
}

/** The SRI value a browser computes for the built script, exactly as it checks `integrity`. */
async function builtIntegrity(): Promise<string> {
  const bytes = new TextEncoder().encode(await repoFile('dist/icssi-statement.js'));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** The script tags between the snippet markers of a file. */
async function snippetScripts(path: string): Promise<HTMLScriptElement[]> {
  const text = await repoFile(path);
  const block = /<!-- snippet:start -->([\s\S]*?)<!-- snippet:end -->/.exec(text)?.[1] ?? '';
  // DOMParser never runs scripts: it is only reading their attributes.
  return [...new DOMParser().parseFromString(block, 'text/html').querySelectorAll('script')];
}

describe('the partner snippet', () => {
  it('in the README carries the hash of the script the build produced', async () => {
    const [script, ...more] = await snippetScripts('README.md');
    expect(more).to.have.length(0);
    expect(script!.integrity, 'README snippet is stale: run `npm run build`').to.equal(await builtIntegrity());
    expect(script!.crossOrigin).to.equal('anonymous');
    expect(script!.defer).to.equal(true);
  });

  it('points at the published copy of this very version of the package', async () => {
    const { name, version } = JSON.parse(await repoFile('package.json')) as { name: string; version: string };
    const [script] = await snippetScripts('README.md');
    expect(script!.src).to.equal(`https://cdn.jsdelivr.net/npm/${name}@${version}/dist/icssi-statement.js`);
  });

  it('is the same in dist/snippet.html and in the plain HTML example', async () => {
    const [readme] = await snippetScripts('README.md');
    const [example] = await snippetScripts('examples/plain-html/index.html');
    const file = new DOMParser().parseFromString(await repoFile('dist/snippet.html'), 'text/html');
    for (const script of [example!, file.querySelector('script')!]) {
      expect(script.src).to.equal(readme!.src);
      expect(script.integrity).to.equal(readme!.integrity);
    }
  });
});
