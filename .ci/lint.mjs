// The lint suite: ESLint on every Nx project, `prettier --check` on the tree, and planted violations that the rules
// must catch (a rule that never fires guards nothing). Prints one line a check, then "lint: N passed, M failed".
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);

/** Each planted file is written into a project, linted from that project's folder as Nx does, and removed. */
const PLANTED = [
  {
    name: 'a framework import in libs/training is refused',
    project: 'libs/training',
    file: 'src/lib/planted-lint-fixture.ts',
    text: "import { Injectable } from '@nestjs/common';\n\nexport const planted = Injectable;\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'rxjs in libs/contracts is refused',
    project: 'libs/contracts',
    file: 'src/lib/planted-lint-fixture.ts',
    text: "import { Subject } from 'rxjs';\n\nexport const planted = new Subject<number>();\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'the client importing server code is refused',
    project: 'client',
    file: 'src/app/planted-lint-fixture.ts',
    text: "import { bootstrap } from '../../../server/src/main';\n\nexport const planted = bootstrap;\n",
    rule: '@nx/enforce-module-boundaries',
  },
  {
    name: 'e2e (.mjs) importing server code is refused',
    project: 'e2e',
    file: 'src/planted-lint-fixture.mjs',
    text: "import { bootstrap } from '../../server/src/main';\n\nexport const planted = bootstrap;\n",
    rule: '@nx/enforce-module-boundaries',
  },
  {
    name: 'a floating promise on the server is refused',
    project: 'server',
    file: 'src/planted-lint-fixture.ts',
    text: 'async function work(): Promise<void> {\n  await Promise.resolve();\n}\n\nexport function planted(): void {\n  work();\n}\n',
    rule: '@typescript-eslint/no-floating-promises',
  },
];

const results = [];
const report = (name, ok, detail = '') => {
  results.push(ok);
  process.stdout.write(`${ok ? 'ok    ' : 'FAILED'} ${name}\n${ok || !detail ? '' : `${detail}\n`}`);
};

function runTool(name, command, args) {
  const run = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });
  report(name, run.status === 0, `${run.stdout}${run.stderr}`.trim());
}

async function plantedViolations() {
  for (const planted of PLANTED) {
    const cwd = join(root, planted.project);
    const path = join(cwd, planted.file);
    writeFileSync(path, planted.text);
    try {
      const eslint = new ESLint({ cwd });
      const [result] = await eslint.lintFiles([path]);
      const rules = result.messages.map((m) => m.ruleId);
      report(
        `planted: ${planted.name}`,
        rules.includes(planted.rule),
        `expected ${planted.rule}, got ${rules.join(', ') || 'nothing'}`,
      );
    } catch (err) {
      report(`planted: ${planted.name}`, false, String(err?.stack ?? err));
    } finally {
      rmSync(path, { force: true });
    }
  }
}

runTool('eslint, every project (nx run-many -t lint)', bin('nx'), [
  'run-many',
  '-t',
  'lint',
  '--outputStyle=static',
  '--skip-nx-cache',
]);
runTool('prettier --check .', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
await plantedViolations();

const failed = results.filter((ok) => !ok).length;
process.stdout.write(`lint: ${results.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
