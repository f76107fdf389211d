// custom-elements.json: generated from the sources' JSDoc (npm run analyze), committed,
// and checked for freshness by npm test.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/model/**', 'src/store/**', 'src/layout/**', 'src/io/**', 'src/i18n/**'],
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
