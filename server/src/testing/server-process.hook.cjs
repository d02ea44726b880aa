// Loaded with `node -r` before @swc-node/register in a test's child server process: resolves the workspace
// libraries to their sources (SWC's own path mapping gets relative depths wrong for nested folders).
const Module = require('node:module');
const path = require('node:path');

const root = path.resolve(__dirname, '../../..');
const libraries = {
  '@kotopaikka/contracts': path.join(root, 'libs/contracts/src/index.ts'),
  '@kotopaikka/training': path.join(root, 'libs/training/src/index.ts'),
  '@kotopaikka/live-notes': path.join(root, 'libs/live-notes/src/index.ts'),
  '@kotopaikka/matching': path.join(root, 'libs/matching/src/index.ts'),
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, libraries[request] ?? request, ...rest);
};
