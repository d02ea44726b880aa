// What the benchmark scripts share: free ports, waiting for a server, stopping children, database URLs, percentiles.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const mainJs = resolve(root, 'dist/server/main.js');

/**
 * Loads a TypeScript module of the workspace from its source (SWC transpiles it on load), as the test suite's child
 * servers do: the benchmarks use the client's own sequencer and the tests' own TCP proxy, not copies.
 */
export function requireSource(path) {
  process.env.SWC_NODE_PROJECT ??= resolve(root, 'server/src/testing/server-process.tsconfig.json');
  const require = createRequire(import.meta.url);
  require('@swc-node/register');
  return require(resolve(root, path));
}

export const log = (line) => process.stderr.write(`bench: ${line}\n`);

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

export function dbUrl(base, name) {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function waitFor(url, child, seconds = 60) {
  for (let i = 0; i < seconds * 4; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url}: not ready after ${seconds} s`);
}

export function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      ok();
    });
    child.kill('SIGTERM');
  });
}

export function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Builds the server unless dist has it (or BENCH_BUILD=1 asks for a fresh build). */
export function ensureServerBuilt() {
  if (process.env.BENCH_BUILD === '1' || !existsSync(mainJs)) {
    log('building the server (nx build server)');
    execFileSync('npx', ['nx', 'build', 'server', '--outputStyle=static'], { cwd: root, stdio: 'inherit' });
  }
}

/** Rows of cells as aligned columns: the first left-aligned, the others right-aligned. */
export function formatTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '))
    .join('\n');
}

/** The machine's load averages, for the log: the figures mean little when the machine was busy. */
export function logLoad(when) {
  log(
    `load average ${when}: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}
