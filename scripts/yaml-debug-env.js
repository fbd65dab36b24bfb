// The `yaml` library reads two debug switches from the environment while it parses:
// process.env.LOG_TOKENS once per token (parse/parser.js) and process.env.LOG_STREAM once per
// document part (compose/composer.js). A process.env read is a call into Node's native environment
// lookup, about half a microsecond, and a 1 MB data file has hundreds of thousands of tokens: the
// reads were a sixth of the document parse that places a file's problems. The bundles replace them
// with `false`; a newer `yaml` that no longer has them fails the build here, so this is revisited.
const fs = require('node:fs');

const READS = [
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/, read: 'node_process.env.LOG_TOKENS' },
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]compose[\\/]composer\.js$/, read: 'node_process.env.LOG_STREAM' },
];

/** An esbuild plugin for bundles that include the `yaml` library. */
const yamlWithoutDebugEnv = {
  name: 'yaml-without-debug-env',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, async (args) => {
      const { read } = READS.find((r) => r.file.test(args.path));
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!source.includes(read)) throw new Error(`${args.path} no longer reads ${read}: update scripts/yaml-debug-env.js`);
      return { contents: source.split(read).join('false'), loader: 'js' };
    });
  },
};

module.exports = { yamlWithoutDebugEnv };
