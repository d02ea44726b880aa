// The e2e harness: starts the built platform as a newcomer would (single node, embedded PostgreSQL, demo data on a
// fresh DATA_DIR), runs every e2e/src/*.e2e.mjs with node's test runner, then stops the platform and removes its data.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startMailbox } from './mailbox.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const serverMain = join(root, 'dist/server/main.js');
const clientIndex = join(root, 'dist/client/browser/index.html');
const artifacts = join(root, 'e2e/artifacts');
const HEALTH_TIMEOUT_MS = 180_000;

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(baseUrl, server) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the server exited with code ${server.exitCode} before it was healthy`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not healthy within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

function stopServer(server) {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const kill = setTimeout(() => server.kill('SIGKILL'), 20_000);
    server.once('exit', () => {
      clearTimeout(kill);
      resolveStop();
    });
    // SIGTERM lets the server stop its embedded PostgreSQL.
    server.kill('SIGTERM');
  });
}

function runSpecs(files, env) {
  const tapFile = join(artifacts, 'results.tap');
  return new Promise((resolveRun) => {
    const child = spawn(
      process.execPath,
      [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tapFile}`,
        ...files,
      ],
      { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.once('exit', (code) => {
      const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
      const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
      resolveRun({ code: code ?? 1, passed: count('pass'), failed: count('fail') + count('cancelled') });
    });
  });
}

async function main() {
  for (const [file, what] of [
    [serverMain, 'server'],
    [clientIndex, 'client'],
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build the ${what} first (npx nx e2e e2e builds both)`);
  }
  const filter = process.argv.slice(2);
  const specDir = join(root, 'e2e/src');
  const files = readdirSync(specDir)
    .filter((f) => f.endsWith('.e2e.mjs') && (filter.length === 0 || filter.some((x) => f.includes(x))))
    .sort()
    .map((f) => join(specDir, f));
  if (files.length === 0) throw new Error(`no e2e spec matches ${filter.join(' ')}`);

  mkdirSync(artifacts, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'kp-e2e-'));
  // When run as root, the embedded PostgreSQL runs as its own system user, which must be able to enter this directory.
  chmodSync(dataDir, 0o755);
  // Both ports free now, and distinct: other runs of the platform may share this machine.
  const port = await freePort();
  let pgPort = await freePort();
  while (pgPort === port) pgPort = await freePort();
  let smtpPort = await freePort();
  while (smtpPort === port || smtpPort === pgPort) smtpPort = await freePort();
  const mailboxFile = join(artifacts, 'mailbox.jsonl');
  const stopMailbox = await startMailbox(smtpPort, mailboxFile);
  const baseUrl = `http://localhost:${port}`;
  const serverEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
  };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'PUBLIC_URL', 'CORS_ORIGIN', 'SEED_DEMO_DATA', 'APP_ROLE'])
    delete serverEnv[name];
  serverEnv.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;

  const log = createWriteStream(join(artifacts, 'server.log'));
  const started = Date.now();
  const server = spawn(process.execPath, [serverMain], {
    cwd: root,
    env: serverEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.pipe(log);
  server.stderr.pipe(log);

  let result = { code: 1, passed: 0, failed: 0 };
  try {
    await waitForHealth(baseUrl, server);
    process.stdout.write(
      `e2e: platform healthy at ${baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s (cold start, fresh DATA_DIR)\n`,
    );
    // Node warns when both colour variables are set (Nx sets FORCE_COLOR for its tasks).
    const specEnv = { ...process.env, E2E_BASE_URL: baseUrl, E2E_ARTIFACTS: artifacts, E2E_MAILBOX: mailboxFile };
    if (specEnv.NO_COLOR) delete specEnv.FORCE_COLOR;
    result = await runSpecs(files, specEnv);
  } catch (err) {
    process.stderr.write(`e2e: ${err.message} (server log: ${join(artifacts, 'server.log')})\n`);
    result.failed = Math.max(result.failed, 1);
  } finally {
    await stopServer(server);
    await stopMailbox();
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  }

  process.stdout.write(`e2e: ${result.passed} passed, ${result.failed} failed\n`);
  if (process.env.E2E_RESULTS_FILE)
    writeFileSync(process.env.E2E_RESULTS_FILE, JSON.stringify({ passed: result.passed, failed: result.failed }));
  process.exitCode = result.code !== 0 || result.failed > 0 || result.passed === 0 ? 1 : 0;
}

main().catch((err) => {
  process.stderr.write(`e2e: ${err.message}\n`);
  process.exitCode = 1;
});
