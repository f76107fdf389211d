// custom-elements.json: generated from the sources' JSDoc (npm run analyze), committed,
// and checked for freshness by npm test.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/model/**', 'src/store/**', 'src/layout/**', 'src/io/**', 'src/i18n/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
