// `npm run bench:api`: the real server (catalog and one course page, as a signed-in learner) against a bare node:http + pg
// server answering the same JSON with hand-written SQL on every request, 100 connections × 20 s each, then a light
// load (10 connections × 10 s), on a fresh database with 50 courses of 30 lessons.
// Env: DATABASE_URL (admin URL of the local PostgreSQL; default postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_DURATION (s, default 20), BENCH_CONNECTIONS (default 100), BENCH_LIGHT_CONNECTIONS (default 10, 0 skips),
// BENCH_LIGHT_DURATION (s, default 10), BENCH_BUILD=1 to rebuild the server first,
// BENCH_APP_NODE_ARGS (node flags for the app only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/kp-prof").
import { execFileSync, fork, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

import { enrollLearner, seedBenchCourses } from './bench-data.mjs';
import {
  dbUrl,
  ensureServerBuilt,
  formatTable,
  freePort,
  log,
  logLoad,
  mainJs,
  percentile,
  root,
  stop,
  waitFor,
} from './bench-support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
// A second, lighter load: at 100 connections latency is bounded below by connections ÷ throughput (Little's law),
// so this shows the latency one request sees when the machine is not saturated. 0 skips it.
const LIGHT_CONNECTIONS = Number(process.env.BENCH_LIGHT_CONNECTIONS ?? 10);
const LIGHT_DURATION = Number(process.env.BENCH_LIGHT_DURATION ?? 10);
const LEARNER = { email: 'employer@demo.kotopaikka.fi', password: 'Kotopaikka-demo-2026' };
// The config's maximum (server/src/config/config.ts); 100 connections from one address would otherwise get 429s.
const RATE_LIMIT_PER_MINUTE = '1000000';

const children = [];

async function login(base) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { token } = await csrfRes.json();
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('kp_csrf='));
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: csrfCookie, origin: base },
    body: JSON.stringify(LEARNER),
  });
  if (!res.ok) throw new Error(`login answered ${res.status}: ${await res.text()}`);
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('kp_session='));
  return { cookie: session };
}

/** One autocannon run; latencies from every response so p95 is exact (autocannon's summary has no p95). */
function load(url, cookie, duration = DURATION, connections = CONNECTIONS) {
  return new Promise((ok, fail) => {
    const latencies = [];
    const instance = autocannon({ url, connections, duration, headers: cookie ? { cookie } : {} }, (err, result) => {
      if (err) return fail(err);
      latencies.sort((a, b) => a - b);
      ok({
        rps: result.requests.total / (result.duration || duration),
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        total: result.requests.total,
        bad: result.non2xx + result.errors + result.timeouts,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** CPU seconds (user + system) a process has used: robust where wall-clock figures suffer from a shared machine. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

async function measure(label, base, paths, cookie, pid, connections = CONNECTIONS, duration = DURATION) {
  const out = {};
  for (const [name, path] of Object.entries(paths)) {
    await load(`${base}${path}`, cookie, 3, 10); // warm-up (JIT, pool, plans), not counted
    log(`${label} ${name}: ${connections} connections × ${duration} s (load average ${loadavg()[0].toFixed(2)})`);
    const cpuBefore = cpuSeconds(pid);
    out[name] = await load(`${base}${path}`, cookie, duration, connections);
    out[name].cpuMsPerRequest = ((cpuSeconds(pid) - cpuBefore) * 1000) / Math.max(1, out[name].total);
  }
  return out;
}

/** Both loads against one server: the target's 100 connections, then the light one. */
async function measureBoth(label, base, paths, cookie, pid) {
  const heavy = await measure(label, base, paths, cookie, pid);
  const light =
    LIGHT_CONNECTIONS > 0 ? await measure(label, base, paths, cookie, pid, LIGHT_CONNECTIONS, LIGHT_DURATION) : null;
  return { heavy, light };
}

async function fetchJson(url, cookie) {
  const res = await fetch(url, { headers: cookie ? { cookie } : {} });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
}

function printTable(app, bare, connections = CONNECTIONS) {
  process.stdout.write(`\n${connections} connections:`);
  const ms = (v) => `${v.toFixed(1)} ms`;
  const rows = [['', 'requests/s', 'p50', 'p95', 'p99', 'server CPU/req', 'non-2xx/errors']];
  for (const name of Object.keys(app)) {
    for (const [who, r] of [
      ['app', app[name]],
      ['bare', bare[name]],
    ]) {
      rows.push([
        `${name} (${who})`,
        r.rps.toFixed(0),
        ms(r.p50),
        ms(r.p95),
        ms(r.p99),
        `${r.cpuMsPerRequest.toFixed(2)} ms`,
        String(r.bad),
      ]);
    }
    const ratio = app[name].rps / bare[name].rps;
    const met = ratio >= 0.6 && app[name].p99 < 50;
    const verdict =
      connections !== CONNECTIONS
        ? app[name].p99 < 50
          ? 'p99 < 50 ms'
          : 'p99 ≥ 50 ms'
        : met
          ? 'target met'
          : 'TARGET MISSED (≥0.6, p99 < 50 ms)';
    rows.push([
      `${name} app/bare`,
      ratio.toFixed(2),
      '',
      '',
      '',
      (app[name].cpuMsPerRequest / bare[name].cpuMsPerRequest).toFixed(2),
      verdict,
    ]);
  }
  const text = formatTable(rows);
  process.stdout.write(`\n${text}\n`);
}

async function main() {
  logLoad('at start');
  ensureServerBuilt();
  const adminUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `kp_bench_${process.pid}_${Date.now()}`;
  const databaseUrl = dbUrl(adminUrl, dbName);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  let exitCode = 0;
  try {
    const env = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'error', DATABASE_URL: databaseUrl };
    delete env.REDIS_URL; // single-node mode
    log(`database ${dbName}: migrate, seed demo data, add 50 courses of 30 lessons`);
    execFileSync(process.execPath, [mainJs, 'migrate'], {
      cwd: root,
      env: { ...env, SESSION_SECRET: 'x'.repeat(40) },
      stdio: 'inherit',
    });
    execFileSync(process.execPath, [mainJs, 'seed'], {
      cwd: root,
      env: { ...env, SESSION_SECRET: 'x'.repeat(40) },
      stdio: 'inherit',
    });
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    let learnerId;
    let courseId;
    try {
      await seedBenchCourses(db);
      learnerId = (await db.query(`SELECT id FROM app_user WHERE email = $1`, [LEARNER.email])).rows[0].id;
      courseId = await enrollLearner(db, learnerId);
      const counts = (
        await db.query(
          `SELECT (SELECT count(*) FROM course WHERE status = 'published') AS courses, (SELECT count(*) FROM lesson) AS lessons, (SELECT count(*) FROM lesson_block) AS blocks`,
        )
      ).rows[0];
      log(`published courses ${counts.courses}, lessons ${counts.lessons}, blocks ${counts.blocks}`);
      await db.query('ANALYZE'); // a live database has planner statistics; a freshly seeded one has none yet
    } finally {
      await db.end();
    }
    const paths = { catalog: '/api/courses', course: `/api/courses/${courseId}` };

    const appPort = await freePort();
    const nodeArgs = process.env.BENCH_APP_NODE_ARGS?.split(' ').filter(Boolean) ?? []; // e.g. --cpu-prof to profile the app
    const app = spawn(process.execPath, [...nodeArgs, mainJs], {
      cwd: root,
      env: {
        ...env,
        PORT: String(appPort),
        PUBLIC_URL: `http://127.0.0.1:${appPort}`,
        SESSION_SECRET: 'bench-session-secret-0123456789-abcdef',
        RATE_LIMIT_PER_MINUTE,
        SEED_DEMO_DATA: 'false',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(app);
    const appBase = `http://127.0.0.1:${appPort}`;
    await waitFor(`${appBase}/api/health`, app);
    const { cookie } = await login(appBase);
    const appBodies = {
      catalog: await fetchJson(`${appBase}${paths.catalog}`, cookie),
      course: await fetchJson(`${appBase}${paths.course}`, cookie),
    };
    for (const [name, body] of Object.entries(appBodies))
      log(`${name}: ${(Buffer.byteLength(JSON.stringify(body)) / 1024).toFixed(1)} kB of JSON`);
    const appResults = await measureBoth('app', appBase, paths, cookie, app.pid);
    await stop(app); // its background workers must not share the CPU with the baseline

    const barePort = await freePort();
    const bare = fork(resolve(here, 'bare-server.mjs'), [], {
      env: { ...env, BARE_PORT: String(barePort), BENCH_USER_ID: learnerId },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    children.push(bare);
    const bareBase = `http://127.0.0.1:${barePort}`;
    await waitFor(`${bareBase}${paths.catalog}`, bare);
    for (const name of Object.keys(paths)) {
      const bareBody = await fetchJson(`${bareBase}${paths[name]}`);
      if (!isDeepStrictEqual(bareBody, appBodies[name]))
        throw new Error(`${name}: the bare server's JSON differs from the app's`);
    }
    log('bare server answers the same JSON as the app for both requests');
    const bareResults = await measureBoth('bare', bareBase, paths, undefined, bare.pid);
    await stop(bare);

    printTable(appResults.heavy, bareResults.heavy);
    if (appResults.light && bareResults.light) printTable(appResults.light, bareResults.light, LIGHT_CONNECTIONS);
    process.stdout.write('\n');
    const all = {
      ...prefix('app', appResults.heavy),
      ...prefix('bare', bareResults.heavy),
      ...prefix('app light', appResults.light ?? {}),
      ...prefix('bare light', bareResults.light ?? {}),
    };
    const bad = Object.entries(all).filter(([, r]) => r.bad > 0);
    for (const [name, r] of bad) log(`FAIL ${name}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
    if (bad.length > 0) exitCode = 1;
  } finally {
    await Promise.all(children.map(stop));
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
  logLoad('at end');
  return exitCode;
}

function prefix(who, results) {
  return Object.fromEntries(Object.entries(results).map(([name, r]) => [`${who} ${name}`, r]));
}

main().then(
  (code) => process.exit(code),
  async (err) => {
    log(`FAILED: ${err.stack ?? err}`);
    await Promise.all(children.map(stop));
    process.exit(1);
  },
);
