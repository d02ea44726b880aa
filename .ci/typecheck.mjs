// Type-checks what the test runners only transpile: ts-jest runs with isolatedModules, so a type error in a server
// or library spec would otherwise pass unnoticed; the client's app and specs are checked here too, before Karma
// builds them. One line per project, then "typecheck: N passed, M failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const libs = readdirSync(join(root, 'libs')).map((lib) => join('libs', lib, 'tsconfig.spec.json'));
const projects = [
  'server/tsconfig.app.json',
  'server/tsconfig.spec.json',
  'client/tsconfig.app.json',
  'client/tsconfig.spec.json',
  ...libs,
].filter((p) => existsSync(join(root, p)));

let failed = 0;
for (const project of projects) {
  const result = spawnSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', project], {
    cwd: root,
    encoding: 'utf8',
  });
  const ok = result.status === 0;
  if (!ok) failed += 1;
  process.stdout.write(`${ok ? 'ok    ' : 'FAILED'} ${project}\n${ok ? '' : `${result.stdout}${result.stderr}`}`);
}
process.stdout.write(`typecheck: ${projects.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
