 
/**
 * Webpack for the Capaian PK add-in, in the style of Microsoft's Office-Addin-TaskPane-React template.
 *
 *   webpack --mode production                       -> dist/ (taskpane, commands, manifest)
 *   webpack serve --mode development                -> https://localhost:3000 (office-addin-dev-certs)
 *   webpack --mode production --env playground      -> dist-playground/ (browser playground, no Office)
 *   webpack serve --mode development --env playground -> http://localhost:3001/playground.html
 *
 * ADDIN_URL (for example https://sakip.example.go.id/capaian-pk/) replaces https://localhost:3000/
 * in the manifest copied to dist for a production build. office.js is not bundled: the pages load it
 * from Microsoft's CDN (https://appsforoffice.microsoft.com/lib/1/hosted/office.js), as Microsoft
 * requires and as its Office-Addin-TaskPane template does; the playground runs without it.
 */
const fs = require('fs');
const path = require('path');

const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const urlDev = 'https://localhost:3000/';

function urlProd() {
  const u = process.env.ADDIN_URL;
  if (!u) return null;
  return u.endsWith('/') ? u : `${u}/`;
}

async function getHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** Fails the build when exceljs (Node-only, CLI side) ends up in a browser bundle. */
class NoExceljsPlugin {
  apply(compiler) {
    compiler.hooks.afterCompile.tap('NoExceljsPlugin', (compilation) => {
      for (const m of compilation.modules) {
        const res = m.resource || '';
        if (/[\\/]node_modules[\\/]exceljs[\\/]/.test(res)) {
          const { WebpackError } = compiler.webpack;
          compilation.errors.push(new WebpackError(`exceljs must not be in the browser bundle (pulled in: ${res})`));
          return;
        }
      }
    });
  }
}

function common(dev) {
  return {
    devtool: dev ? 'source-map' : false,
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // exceljs is for the command line only; in a browser bundle it is a mistake (NoExceljsPlugin).
      alias: { exceljs$: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    // Rebuilds (tests, playground) reuse the previous work, kept beside this checkout (not in
    // node_modules, which several checkouts of the project may share).
    cache: { type: 'filesystem', cacheDirectory: path.join(__dirname, '.cache', 'webpack'), buildDependencies: { config: [__filename] } },
  };
}

function playgroundConfig(env, dev) {
  const out = path.resolve(__dirname, env.out || 'dist-playground');
  const base = common(dev);
  return {
    ...base,
    cache: { ...base.cache, name: `playground-${dev ? 'development' : 'production'}` },
    name: 'playground',
    entry: { playground: './src/playground/index.tsx' },
    output: { path: out, filename: '[name].js', clean: true },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'playground.html', template: './src/playground/playground.html', chunks: ['playground'] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/playground/playground.html', chunks: ['playground'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/playground/fixtures/*.json', to: 'fixtures/[name][ext]', noErrorOnMissing: true },
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
        ],
      }),
      new NoExceljsPlugin(),
    ],
    devServer: {
      host: '127.0.0.1',
      port: Number(process.env.PLAYGROUND_PORT || 3001),
      server: 'http',
      open: false,
      hot: false,
      client: { overlay: true, webSocketURL: 'auto://0.0.0.0:0/ws' },
      static: false,
    },
  };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === 'development';

  // The offline page (one self-contained HTML file): src/offline/webpack.js.
  if (env.offline) return require('./src/offline/webpack.js')(env, dev);

  if (env.playground) {
    // The sample workbooks: tests/fixtures/*.xlsx -> src/playground/fixtures/*.json (exceljs, in Node).
    await require('./scripts/fixture-json.js').generate({ quiet: !!env.quiet });
    const pg = playgroundConfig(env, dev);
    // `webpack serve` keeps its own cache in memory; the persistent one is for repeated builds.
    if (env.WEBPACK_SERVE) pg.cache = { type: 'memory' };
    return pg;
  }

  const prod = urlProd();
  const hasCommands = fs.existsSync(path.resolve(__dirname, 'src/commands/commands.ts'));
  const entry = { taskpane: './src/taskpane/index.tsx' };
  if (hasCommands) entry.commands = './src/commands/commands.ts';

  const config = {
    ...common(dev),
    name: 'addin',
    entry,
    // dist/ also holds the command line (tsc -p tsconfig.cli.json: dist/cli, dist/core, ...): clean
    // only what this build writes.
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: { keep: (p) => !/^(taskpane|commands)\.(html|js|js\.map|js\.LICENSE\.txt)$|^assets[\\/]|^manifest[^\\/]*\.xml$/.test(p) },
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: hasCommands ? ['commands'] : [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            noErrorOnMissing: true,
            transform(content) {
              if (dev || !prod) return content;
              // Full URLs first, then bare origins (<AppDomain>https://localhost:3000</AppDomain>).
              return content.toString().split(urlDev).join(prod).split(urlDev.replace(/\/$/, '')).join(new URL(prod).origin);
            },
          },
        ],
      }),
      new NoExceljsPlugin(),
    ],
    devServer: {
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: false,
    },
  };
  if (!dev && !prod && fs.existsSync(path.resolve(__dirname, 'manifest.xml'))) {
    console.warn('[capaian-pk] ADDIN_URL is not set: manifest.xml in dist still points at https://localhost:3000/.');
  }
  if (env.WEBPACK_SERVE) {
    config.cache = { type: 'memory' };
    config.devServer.server = { type: 'https', options: await getHttpsOptions() };
  }
  return config;
};
