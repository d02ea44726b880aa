// Runs every test suite in order (lint, typecheck, unit, integration, client, e2e), keeps going after a failure,
// and prints one table and one total line. Exits non-zero when a suite failed or ran no tests. `node .ci/test-all.mjs unit e2e` runs a subset.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tmp/test-results');
const bin = (name) => join(root, 'node_modules/.bin', name);

/** Jest config of the server plus every library that has one. */
function unitProjects() {
  const libs = existsSync(join(root, 'libs'))
    ? readdirSync(join(root, 'libs'))
        .map((lib) => join('libs', lib, 'jest.config.cts'))
        .filter((file) => existsSync(join(root, file)))
    : [];
  return ['server/jest.config.cts', ...libs];
}

function jestCounts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A suite that fails to compile or load counts as a failure even though it has no test results.
  const brokenSuites = report.numRuntimeErrorTestSuites ?? 0;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenSuites };
}

// Karma prints "Executed 12 of 12 (1 FAILED)" progressively; the last one is the final count.
function karmaCounts(output) {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const all = [...plain.matchAll(/Executed (\d+) of (\d+)(?: \((\d+) FAILED\))?(?: \(skipped (\d+)\))?/g)];
  const last = all.at(-1);
  if (!last) return null;
  const failed = Number(last[3] ?? 0);
  return { passed: Number(last[1]) - failed, failed };
}

const SUITES = [
  {
    name: 'lint',
    title: 'lint (eslint, prettier, planted violations)',
    command: () => [process.execPath, [join(root, '.ci/lint.mjs')]],
    counts: (output) => {
      const match = /lint: (\d+) passed, (\d+) failed/.exec(output);
      return match ? { passed: Number(match[1]), failed: Number(match[2]) } : null;
    },
  },
  {
    name: 'typecheck',
    title: 'typecheck (tsc, specs too)',
    command: () => [process.execPath, [join(root, '.ci/typecheck.mjs')]],
    counts: (output) => {
      const match = /typecheck: (\d+) passed, (\d+) failed/.exec(output);
      return match ? { passed: Number(match[1]), failed: Number(match[2]) } : null;
    },
  },
  {
    name: 'unit',
    title: 'libs + server unit (jest)',
    command: () => [
      bin('jest'),
      ['--projects', ...unitProjects(), '--ci', '--json', `--outputFile=${join(out, 'unit.json')}`],
    ],
    counts: () => jestCounts(join(out, 'unit.json')),
  },
  {
    name: 'integration',
    title: 'server integration (jest)',
    command: () => [
      bin('jest'),
      ['-c', 'server/jest.integration.config.cts', '--ci', '--json', `--outputFile=${join(out, 'integration.json')}`],
    ],
    counts: () => jestCounts(join(out, 'integration.json')),
  },
  {
    name: 'client',
    title: 'client (Karma)',
    command: () => [bin('nx'), ['test', 'client', '--outputStyle=stream', '--skip-nx-cache']],
    counts: (output) => karmaCounts(output),
  },
  {
    name: 'e2e',
    title: 'e2e (Playwright)',
    command: () => [bin('nx'), ['e2e', 'e2e', '--outputStyle=stream']],
    env: { E2E_RESULTS_FILE: join(out, 'e2e.json') },
    counts: () => (existsSync(join(out, 'e2e.json')) ? JSON.parse(readFileSync(join(out, 'e2e.json'), 'utf8')) : null),
  },
];

function run(command, args, env) {
  return new Promise((resolveRun) => {
    let output = '';
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.once('error', (err) => resolveRun({ code: 1, output: `${output}\n${err.message}` }));
    child.once('exit', (code) => resolveRun({ code: code ?? 1, output }));
  });
}

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !SUITES.some((s) => s.name === w));
  if (unknown.length) {
    process.stderr.write(`unknown suite ${unknown.join(', ')} (choose from ${SUITES.map((s) => s.name).join(', ')})\n`);
    process.exit(2);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const baseEnv = { ...process.env, NO_COLOR: '1', NX_DAEMON: process.env.NX_DAEMON ?? 'false' };
  delete baseEnv.FORCE_COLOR;
  if (!baseEnv.CHROME_BIN && existsSync('/usr/bin/chromium')) baseEnv.CHROME_BIN = '/usr/bin/chromium';

  const rows = [];
  for (const suite of SUITES.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    process.stdout.write(`\n=== ${suite.title} ===\n`);
    const started = Date.now();
    const [command, args] = suite.command();
    const { code, output } = await run(command, args, { ...baseEnv, ...suite.env });
    const counts = suite.counts(output) ?? { passed: 0, failed: 0 };
    const ok = code === 0 && counts.failed === 0 && counts.passed > 0;
    // A suite that exited non-zero without a failing test (crash, compile error) still counts as one failure.
    const failed = !ok && counts.failed === 0 ? 1 : counts.failed;
    rows.push({
      suite: suite.title,
      passed: counts.passed,
      failed,
      seconds: Math.round((Date.now() - started) / 1000),
      ok,
    });
  }

  const width = Math.max(...rows.map((r) => r.suite.length), 5);
  const line = (cells) => cells.join('  ');
  process.stdout.write(
    `\n${line(['suite'.padEnd(width), 'passed'.padStart(6), 'failed'.padStart(6), 'time'.padStart(6), 'result'])}\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `${line([r.suite.padEnd(width), String(r.passed).padStart(6), String(r.failed).padStart(6), `${r.seconds}s`.padStart(6), r.ok ? 'ok' : 'FAILED'])}\n`,
    );
  }
  const passed = rows.reduce((n, r) => n + r.passed, 0);
  const failed = rows.reduce((n, r) => n + r.failed, 0);
  process.stdout.write(`\nTotal: ${passed} passed, ${failed} failed\n`);
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exitCode = 1;
});
