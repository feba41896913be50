/**
 * The repository root is two packages in one manifest. For npm (the pre-commit framework and the
 * GitHub Action install it with `npm install`), package.json is a plain package whose `jdlint` bin
 * runs the bundled CLI; npm refuses pnpm's `workspace:` ranges, so package.json has none. For pnpm
 * (development), this hook adds the workspace packages the root depends on, so `pnpm exec jdlint`
 * and `pnpm exec jdlint-language-server` run the workspace's own builds.
 */
module.exports = {
  hooks: {
    readPackage(manifest) {
      if (manifest.name === 'jdlint' && manifest.bin && manifest.bin.jdlint === './bin/jdlint.js') {
        manifest.dependencies = { ...manifest.dependencies, '@jdlint/cli': 'workspace:^', '@jdlint/language-server': 'workspace:^' };
      }
      return manifest;
    },
  },
};
