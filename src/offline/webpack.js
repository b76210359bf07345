/**
 * Webpack for the offline page: one self-contained HTML file (script inlined, allowed by its
 * SHA-256 in the Content-Security-Policy; no other request). Called by webpack.config.js with
 * `--env offline`; `npm run build:offline` writes dist-offline/capaian-pk-luring.html.
 *
 * Unlike the add-in bundle, this one carries exceljs (its browser build, dist/exceljs.min.js): the
 * page reads and writes .xlsx files itself.
 */
const { createHash } = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const PAGE = 'capaian-pk-luring.html';

const CSP = (hash) =>
  [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

/** Turns the one emitted script into one HTML page with the script inlined. */
class InlinePagePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('InlinePagePlugin', (compilation) => {
      // After the minimizers: the hash must be that of the final text.
      compilation.hooks.processAssets.tap({ name: 'InlinePagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const js = Object.keys(compilation.assets).filter((f) => f.endsWith('.js'));
        if (js.length !== 1) {
          compilation.errors.push(new compiler.webpack.WebpackError(`offline page: expected one script, got ${js.join(', ') || 'none'}`));
          return;
        }
        // `</script` would end the element early and `<!--` / `<script` would change how the HTML
        // parser reads the rest; minified code has them only inside strings and regular
        // expressions, where `\x3C` is the same `<`.
        const code = compilation.assets[js[0]].source().toString().replace(/<(?=\/script|!--|script)/gi, '\\x3C');
        const hash = createHash('sha256').update(code, 'utf8').digest('base64');
        const template = fs.readFileSync(path.join(__dirname, 'offline.html'), 'utf8');
        const html = template.replace('%CSP%', CSP(hash)).replace('%SCRIPT%', () => `<script>${code}</script>`);
        for (const f of Object.keys(compilation.assets)) if (f !== PAGE) compilation.deleteAsset(f);
        compilation.emitAsset(PAGE, new sources.RawSource(html));
      });
    });
  }
}

module.exports = function offlineConfig(env = {}, dev = false) {
  const { LimitChunkCountPlugin } = require('webpack').optimize;
  const { NormalModuleReplacementPlugin } = require('webpack');
  return {
    name: 'offline',
    mode: dev ? 'development' : 'production',
    devtool: false,
    target: 'web',
    entry: { offline: path.join(__dirname, 'index.tsx') },
    output: { path: path.resolve(ROOT, env.out || 'dist-offline'), filename: '[name].js', clean: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // Node modules the shared code imports but never calls in the page (file paths, settings sheet).
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: false } } },
        },
      ],
    },
    plugins: [
      new NormalModuleReplacementPlugin(/[\\/]xlsx[\\/]patch(\.ts)?$/, path.join(__dirname, 'patch-luring.ts')),
      new LimitChunkCountPlugin({ maxChunks: 1 }),
      new InlinePagePlugin(),
    ],
    // The page is written after minification (its CSP holds the script's hash): HTML not minified.
    optimization: { splitChunks: false, runtimeChunk: false, minimizeOptions: { html: false } },
    performance: { hints: false },
    cache: { type: 'filesystem', name: `offline-${dev ? 'development' : 'production'}`, buildDependencies: { config: [__filename] } },
  };
};

module.exports.PAGE = PAGE;
