// Lets `node -r ./test/bench/register-ts.js file.ts` run the benchmark (and its server child
// processes) straight from TypeScript source, the way Jest does for the tests: every .ts file
// outside node_modules is transpiled with the compiler options of tsconfig.jest.json (isolated
// modules, decorator metadata for Nest), and the workspace packages resolve to their sources with
// the same aliases as jest.config.js's moduleNameMapper. No build step, no extra dependency.
// Output is cached in node_modules/.cache/bench-ts by content hash, so later starts are quick.
'use strict';
const crypto = require('node:crypto');
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const configPath = path.join(root, 'tsconfig.jest.json');

let compiler = null;
/** The compiler is loaded only when something is not cached yet. */
function loadCompiler() {
  if (compiler) return compiler;
  const ts = require('typescript');
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
  const compilerOptions = {
    ...parsed.options,
    module: ts.ModuleKind.CommonJS,
    sourceMap: false,
    inlineSourceMap: true,
    declaration: false,
    noEmit: false,
  };
  compiler = (source, fileName) => ts.transpileModule(source, { compilerOptions, fileName }).outputText;
  return compiler;
}

const aliases = [
  [/^@leernetwerk\/shared$/, 'packages/shared/src/index.ts'],
  [/^@leernetwerk\/embedded-db$/, 'packages/embedded-db/src/index.ts'],
  [/^@leernetwerk\/embedded-media$/, 'packages/embedded-media/src/index.ts'],
  [/^@leernetwerk\/collab-client$/, 'packages/collab-client/src/index.ts'],
  [/^@leernetwerk\/server\/(.*)$/, 'server/src/$1'],
];

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  for (const [pattern, target] of aliases) {
    if (pattern.test(request))
      return resolveFilename.call(this, path.join(root, request.replace(pattern, target)), ...rest);
  }
  return resolveFilename.call(this, request, ...rest);
};

const cacheDir = path.join(root, 'node_modules/.cache/bench-ts');
const optionsKey = [
  require('typescript/package.json').version,
  fs.readFileSync(configPath, 'utf8'),
  fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'),
  fs.readFileSync(__filename, 'utf8'),
].join('\n');

function transpile(source, filename) {
  const key = crypto.createHash('sha1').update(optionsKey).update(filename).update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const outputText = loadCompiler()(source, filename);
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.writeFileSync(`${cached}.${process.pid}`, outputText);
      fs.renameSync(`${cached}.${process.pid}`, cached);
    } catch {
      // A read-only tree only costs the cache.
    }
    return outputText;
  }
}

Module._extensions['.ts'] = function (module, filename) {
  if (filename.includes(`${path.sep}node_modules${path.sep}`)) throw new Error(`refusing to compile ${filename}`);
  module._compile(transpile(fs.readFileSync(filename, 'utf8'), filename), filename);
};

process.setSourceMapsEnabled(true);
