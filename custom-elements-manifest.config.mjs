// custom-elements.json: generated from the sources' JSDoc (npm run analyze), committed,
// and checked for freshness by npm test.
export default {
  // The public surface only: the entry modules, the element classes and the base classes they
  // inherit members from, the modules the entries re-export, and the React wrappers. Internal
  // parts of an element (styles, drawing helpers, dialogs) are not API and stay out.
  globs: [
    'src/*.ts',
    'src/components/**/*.component.ts',
    'src/base/care-element.ts',
    'src/base/network-element.ts',
    'src/base/define.ts',
    'src/base/store-context.ts',
    'src/base/events.ts',
    'src/react/**/*.ts',
  ],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [
    {
      // The analyzer lists modules in the order the file system returns them, which differs
      // between checkouts; sorting makes the committed file the same everywhere.
      name: 'sort-modules-by-path',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
