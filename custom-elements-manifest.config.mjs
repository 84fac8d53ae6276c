// The custom elements manifest (dist/custom-elements.json) read by IDEs, Storybook and linters; built from the class JSDoc.
const shipped = (path) => path?.replace(/^src\/(.*)\.ts$/, 'dist/esm/$1.js');

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/locale/generated/**'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself; the analyser must not rewrite it during a build.
  packagejson: false,
  plugins: [
    {
      name: 'shipped-paths',
      // Consumers receive dist/esm/*.js, not src/*.ts: point every module path at the file they have.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          mod.path = shipped(mod.path);
          for (const item of [...(mod.exports ?? []), ...(mod.declarations ?? [])]) {
            // The element dispatches through one helper, which the analyser reads as an event named after
            // the helper's parameter: the events are the ones the class JSDoc documents with @event.
            if (item.events) item.events = item.events.filter((e) => e.description);
            for (const ref of [item.declaration, item.superclass, ...(item.members ?? []).map((m) => m.inheritedFrom)]) {
              if (ref?.module) ref.module = shipped(ref.module);
            }
          }
        }
      },
    },
  ],
};
