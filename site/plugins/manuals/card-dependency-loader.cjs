// A pass-through Rspack loader for manual pages: it adds the manual's card stamp
// (card-stamps.ts) as a dependency, so the persistent cache compiles the page again when its card
// would change. CommonJS, as Rspack loads loaders with require.
const { join, relative, sep } = require("node:path");

module.exports = function cardDependency(source) {
  const { root, stampDir } = this.getOptions();
  const file = relative(root, this.resourcePath).split(sep).join("/");
  this.addDependency(join(stampDir, `${file}.card`));
  return source;
};
