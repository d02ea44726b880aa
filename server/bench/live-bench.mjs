// `npm run bench:live`: N participants (default 300) in one live room on the real server — two processes on the
// Redis Streams adapter behind TCP proxies, participants split between them, authenticated, chat persisted, sequence
// numbers on — and the same measurements against a bare Socket.IO server (one process, in-memory adapter, nothing else):
//   1. delivery latency (send → every participant received) at 10 messages/s for BENCH_SECONDS (default 30);
//   2. the highest sustained deliveries/s: the send rate doubles until deliveries stop keeping up, then bisects;
//   3. (real server only) SIGKILL one process: time until each of its participants is back with no gap.
// Env: DATABASE_URL (admin URL; default postgres://postgres@127.0.0.1:5432/postgres), REDIS_URL (default
// redis://127.0.0.1:6379), BENCH_PARTICIPANTS (300), BENCH_SECONDS (30), BENCH_STEP_SECONDS (5), BENCH_BISECT (3),
// BENCH_SERVER_NODE_ARGS, BENCH_BUILD=1.
import { fork, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { io } from 'socket.io-client';

import {
  dbUrl,
  ensureServerBuilt,
  formatTable,
  freePort,
  log,
  logLoad,
  mainJs,
  percentile,
  requireSource,
  root,
  stop,
  waitFor,
} from './bench-support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// The Angular client's own event sequencer.
const { RoomSequencer } = requireSource('libs/contracts/src/lib/socket/room-sequencer.ts');
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 5);
const BISECT = Number(process.env.BENCH_BISECT ?? 3);
// Node options for the two servers only, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof' to see where their time goes.
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const RATE = 10; // messages per second in the latency run
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const children = [];

/** The room's chat as the real server speaks it (see libs/contracts live-chat.events.ts). */
const CHAT = {
  send: (socket, sessionId, text) => socket.timeout(10_000).emitWithAck('chat:send', { sessionId, text }),
  textOf: (event) => (event.type === 'chat.message' ? event.data.text : null),
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The test suite's TCP proxies (a load balancer's failover: each new connection to the first backend that accepts
 * it), one per list of backend ports, in a process of their own as a load balancer is, so that their piping does not
 * share the event loop of the simulated participants.
 */
async function proxies(backendLists) {
  const child = fork(resolve(here, 'proxy-process.mjs'), [], {
    env: { ...process.env, BENCH_PROXY_BACKENDS: JSON.stringify(backendLists) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(child);
  const ports = await new Promise((ok, fail) => {
    child.once('message', (m) => ok(m.ports));
    child.once('exit', (code) => fail(new Error(`the proxy process exited with ${code}`)));
  });
  return ports.map((port) => ({ port }));
}

async function seed(databaseUrl, count) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const municipality = (await db.query(`SELECT id FROM municipality WHERE name = 'Äänekoski'`)).rows[0].id;
    const people = [];
    for (let i = 0; i <= count; i++) {
      const token = randomBytes(24).toString('base64url');
      const { rows } = await db.query(
        `INSERT INTO app_user (email, display_name, role, audience, status, municipality_id)
         VALUES ($1, $2, 'member', 'other', 'active', $3) RETURNING id`,
        [`bench-${i}@example.test`, `Bench ${i}`, municipality],
      );
      await db.query(
        `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at) VALUES ($1, $2, now(), now() + interval '12 hours')`,
        [createHash('sha256').update(token).digest('hex'), rows[0].id],
      );
      people.push({ id: rows[0].id, cookie: `kp_session=${token}` });
    }
    const [host, ...participants] = people;
    const session = (
      await db.query(
        `INSERT INTO live_session (kind, title, starts_at, ends_at, municipality_id, status)
         VALUES ('training_webinar', '{"fi":"Bench"}', now(), now() + interval '2 hours', $1, 'live') RETURNING id`,
        [municipality],
      )
    ).rows[0].id;
    await db.query(`INSERT INTO live_session_host (session_id, user_id) VALUES ($1, $2)`, [session, host.id]);
    await db.query(`INSERT INTO live_session_invitee (session_id, audience) VALUES ($1, 'other')`, [session]);
    return {
      host,
      participants,
      session,
      // Read later, after this client has closed: on a connection of its own.
      lastSeq: async () => {
        const c = new pg.Client({ connectionString: databaseUrl });
        await c.connect();
        try {
          return Number((await c.query(`SELECT last_seq FROM live_session WHERE id = $1`, [session])).rows[0].last_seq);
        } finally {
          await c.end();
        }
      },
    };
  } finally {
    await db.end();
  }
}

/**
 * A participant of the real room, ordering events with the client's own RoomSequencer: a live event ahead of a
 * missing one asks `live:replay` (page after page while `more`), a reconnection rejoins with the last seq applied.
 * Every seq of this room is for everyone, so an applied seq that is not the previous one plus one is a gap.
 */
function realParticipant(url, person, sessionId, onText) {
  const sequencer = new RoomSequencer(0);
  const state = {
    joins: 0,
    gaps: 0,
    node: url,
    socket: null,
    get lastSeq() {
      return sequencer.lastSeq;
    },
  };
  let applied = 0;
  const apply = (events) => {
    for (const event of events) {
      if (event.seq !== applied + 1) state.gaps++;
      applied = event.seq;
      const text = CHAT.textOf(event);
      if (text !== null) onText(text);
    }
  };
  const socket = io(`${url}/live`, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 200,
    reconnectionDelayMax: 1000,
    extraHeaders: { cookie: person.cookie },
  });
  state.socket = socket;
  let replaying = false;
  // A drop meanwhile loses nothing: the rejoin replays from the last seq applied.
  const catchUp = async () => {
    if (replaying) return;
    replaying = true;
    try {
      for (let more = true; more || sequencer.hasGap; ) {
        const ack = await socket.timeout(10_000).emitWithAck('live:replay', { sessionId, afterSeq: sequencer.lastSeq });
        if (!ack.ok) return;
        apply(sequencer.replay(ack.events));
        more = ack.more;
      }
    } catch {
      // timed out or dropped: the next gap or the rejoin asks again
    } finally {
      replaying = false;
    }
  };
  socket.on('live:event', (event) => {
    apply(sequencer.live(event));
    if (sequencer.hasGap) void catchUp();
  });
  socket.on('connect', () => {
    socket
      .timeout(20_000)
      .emitWithAck('live:join', { sessionId, afterSeq: sequencer.lastSeq })
      .then(
        (ack) => {
          if (!ack.ok) return log(`join refused: ${ack.code}`);
          apply(sequencer.replay(ack.events));
          state.joins++;
          if (ack.more || sequencer.hasGap) void catchUp();
        },
        () => undefined, // dropped before the answer: the next connect joins again
      );
  });
  return state;
}

function bareParticipant(url, room, onText) {
  const state = { joins: 0, socket: null };
  const socket = io(`${url}/live`, { transports: ['websocket'], forceNew: true });
  state.socket = socket;
  socket.on('message', (m) => onText(m.text));
  socket.on('connect', () => {
    socket
      .timeout(10_000)
      .emitWithAck('join', room)
      .then(
        () => state.joins++,
        () => undefined,
      );
  });
  return state;
}

/** Counts receipts per message; a message is delivered when every participant has it. */
function tracker(participants) {
  const sent = new Map(); // text → { at, received, allAt }
  const latencies = [];
  let deliveries = 0;
  return {
    sent(text) {
      sent.set(text, { at: performance.now(), received: 0, allAt: null });
    },
    received(text) {
      const m = sent.get(text);
      if (!m) return;
      m.received++;
      deliveries++;
      if (m.received === participants) {
        m.allAt = performance.now();
        latencies.push(m.allAt - m.at);
      }
    },
    get deliveries() {
      return deliveries;
    },
    summary(texts) {
      const done = texts.map((t) => sent.get(t)).filter((m) => m?.allAt !== null);
      const l = done.map((m) => m.allAt - m.at).sort((a, b) => a - b);
      return {
        complete: done.length,
        of: texts.length,
        p50: percentile(l, 50),
        p95: percentile(l, 95),
        p99: percentile(l, 99),
      };
    },
    latencies,
  };
}

async function allJoined(states, times = 1, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  while (states.some((s) => s.joins < times)) {
    if (Date.now() > deadline)
      throw new Error(`${states.filter((s) => s.joins < times).length} participants did not join`);
    await sleep(50);
  }
}

/** Sends `rate` messages/s for `seconds`, then waits up to 5 s for the stragglers. Returns the texts sent. */
async function sendAt(rate, seconds, send, track, label) {
  const texts = [];
  const start = performance.now();
  const total = Math.round(rate * seconds);
  const pending = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const text = `${label}-${i}`;
    track.sent(text);
    texts.push(text);
    pending.push(send(text));
  }
  const outcomes = await Promise.allSettled(pending);
  texts.refused = outcomes.filter((o) => o.status === 'rejected').length;
  return texts;
}

async function waitDelivered(track, texts, seconds = 5) {
  const deadline = Date.now() + seconds * 1000;
  while (track.summary(texts).complete < texts.length && Date.now() < deadline) await sleep(50);
  return track.summary(texts);
}

/**
 * The highest send rate whose deliveries keep up: a step keeps up when every message of it reached every participant
 * within a second of its end with no send refused. The rate doubles from 10 messages/s until a step falls behind,
 * then BENCH_BISECT (3) steps halve the interval between the last rate kept and the first missed. Answers the
 * deliveries/s of the best step kept.
 */
async function ramp(send, track, label) {
  let best = 0;
  const step = async (rate) => {
    const before = track.deliveries;
    const started = performance.now();
    const texts = await sendAt(rate, STEP_SECONDS, send, track, `${label}-r${rate}`);
    const summary = await waitDelivered(track, texts, 1);
    const elapsed = (performance.now() - started) / 1000;
    const perSecond = (track.deliveries - before) / elapsed;
    const kept = texts.refused === 0 && summary.complete === texts.length && elapsed < STEP_SECONDS + 1.5;
    const why = texts.refused > 0 ? ` (fell behind: ${texts.refused} sends refused)` : ' (fell behind)';
    log(`${label}: ${rate} messages/s → ${perSecond.toFixed(0)} deliveries/s${kept ? '' : why}`);
    if (kept) best = Math.max(best, perSecond);
    // What fell behind drains before the next step starts.
    await waitDelivered(track, texts, 15);
    return kept;
  };
  let low = 0;
  let high = 0;
  for (let rate = 10; rate <= 5120; rate *= 2) {
    if (!(await step(rate))) {
      high = rate;
      break;
    }
    low = rate;
  }
  for (let i = 0; i < BISECT && high > 0 && low > 0; i++) {
    const mid = Math.round((low + high) / 2);
    if (await step(mid)) low = mid;
    else high = mid;
  }
  return best;
}

async function measureReal(databaseUrl) {
  const people = await seed(databaseUrl, PARTICIPANTS);
  const prefix = `kp-bench-${randomBytes(4).toString('hex')}`;
  const ports = [await freePort(), await freePort()];
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    SESSION_SECRET: 'bench-session-secret-0123456789-abcdef',
    RATE_LIMIT_PER_MINUTE: '1000000',
    LIVE_CHAT_RATE_PER_10S: '100000',
    SEED_DEMO_DATA: 'false',
  };
  const nodes = ports.map((port) =>
    spawn(process.execPath, [...SERVER_NODE_ARGS, mainJs], {
      cwd: root,
      env: { ...env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` },
      stdio: ['ignore', 'inherit', 'inherit'],
    }),
  );
  children.push(...nodes);
  await Promise.all(ports.map((port, i) => waitFor(`http://127.0.0.1:${port}/api/health`, nodes[i])));
  const lb = await proxies([
    [ports[0], ports[1]],
    [ports[1], ports[0]],
  ]);
  const track = tracker(PARTICIPANTS);
  // People arrive over a few seconds, as at a real session's start: 25 at a time.
  const states = [];
  for (const [i, person] of people.participants.entries()) {
    states.push(
      realParticipant(`http://127.0.0.1:${lb[i % 2].port}`, person, people.session, (t) => track.received(t)),
    );
    if (i % 25 === 24) await allJoined(states);
  }
  const sender = realParticipant(`http://127.0.0.1:${lb[0].port}`, people.host, people.session, () => undefined);
  await allJoined([...states, sender]);
  log(`real: ${PARTICIPANTS} participants joined, half on each node`);
  const send = async (text) => {
    const ack = await CHAT.send(sender.socket, people.session, text);
    if (!ack.ok) throw new Error(`chat refused: ${ack.code} ${ack.message}`);
  };
  await sendAt(RATE, 2, send, track, 'warm'); // JIT, pools, plans
  const texts = await sendAt(RATE, SECONDS, send, track, 'steady');
  const latency = await waitDelivered(track, texts);
  log(
    `real: ${latency.complete}/${latency.of} delivered to all; p50 ${latency.p50?.toFixed(1)} ms, p95 ${latency.p95?.toFixed(1)} ms, p99 ${latency.p99?.toFixed(1)} ms`,
  );
  const sustained = await ramp(send, track, 'real');

  // SIGKILL node 2: its participants come back through their proxy on node 1 and must miss nothing.
  const onKilled = states.filter((_, i) => i % 2 === 1);
  const joinsBefore = onKilled.map((s) => s.joins);
  const killedAt = performance.now();
  nodes[1].kill('SIGKILL');
  const marker = await sendAt(2, 2, send, track, 'after-kill');
  const target = await people.lastSeq();
  let recovery = NaN;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const back = onKilled.every((s, i) => s.joins > joinsBefore[i] && s.lastSeq >= target);
    if (back) {
      recovery = performance.now() - killedAt;
      break;
    }
    await sleep(20);
  }
  const gaps = states.reduce((n, s) => n + s.gaps, 0);
  await waitDelivered(track, marker, 10);
  for (const s of [...states, sender]) s.socket.disconnect();
  return { latency, sustained, recovery, gaps, killed: onKilled.length };
}

async function measureBare() {
  const port = await freePort();
  const bare = fork(resolve(here, 'bare-live-server.mjs'), [], {
    env: { ...process.env, BARE_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(bare);
  await new Promise((ok) => setTimeout(ok, 500));
  const url = `http://127.0.0.1:${port}`;
  const track = tracker(PARTICIPANTS);
  const states = Array.from({ length: PARTICIPANTS }, () => bareParticipant(url, 'room', (t) => track.received(t)));
  const sender = bareParticipant(url, 'room', () => undefined);
  await allJoined([...states, sender]);
  const send = (text) => sender.socket.timeout(10_000).emitWithAck('chat', { room: 'room', text });
  await sendAt(RATE, 2, send, track, 'warm');
  const texts = await sendAt(RATE, SECONDS, send, track, 'steady');
  const latency = await waitDelivered(track, texts);
  const sustained = await ramp(send, track, 'bare');
  for (const s of [...states, sender]) s.socket.disconnect();
  await stop(bare);
  return { latency, sustained };
}

async function main() {
  logLoad('at start');
  ensureServerBuilt();
  const adminUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `kp_bench_live_${process.pid}_${Date.now()}`;
  const databaseUrl = dbUrl(adminUrl, dbName);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  try {
    await new Promise((ok, fail) => {
      const migrate = spawn(process.execPath, [mainJs, 'migrate'], {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DATABASE_URL: databaseUrl,
          SESSION_SECRET: 'x'.repeat(40),
          LOG_LEVEL: 'error',
        },
        stdio: 'inherit',
      });
      migrate.once('exit', (code) => (code === 0 ? ok() : fail(new Error(`migrate exited with ${code}`))));
    });
    const real = await measureReal(databaseUrl);
    await Promise.all(children.map(stop));
    const bare = await measureBare();
    const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
    const rows = [
      ['', 'p50', 'p95', 'p99', 'delivered', 'sustained deliveries/s'],
      [
        'real (2 nodes)',
        ms(real.latency.p50),
        ms(real.latency.p95),
        ms(real.latency.p99),
        `${real.latency.complete}/${real.latency.of}`,
        real.sustained.toFixed(0),
      ],
      [
        'bare',
        ms(bare.latency.p50),
        ms(bare.latency.p95),
        ms(bare.latency.p99),
        `${bare.latency.complete}/${bare.latency.of}`,
        bare.sustained.toFixed(0),
      ],
      [
        'real / bare',
        (real.latency.p50 / bare.latency.p50).toFixed(2),
        (real.latency.p95 / bare.latency.p95).toFixed(2),
        (real.latency.p99 / bare.latency.p99).toFixed(2),
        '',
        (real.sustained / bare.sustained).toFixed(2),
      ],
    ];
    const table = formatTable(rows);
    process.stdout.write(
      `\n${PARTICIPANTS} participants, ${RATE} messages/s for ${SECONDS} s (${RATE * PARTICIPANTS} deliveries/s):\n${table}\n`,
    );
    process.stdout.write(
      `\nSIGKILL of one node: its ${real.killed} participants back with every event in ${ms(real.recovery)} (gaps seen: ${real.gaps})\n`,
    );
    const verdicts = [
      [`p95 < 50 ms at ${RATE} messages/s`, real.latency.p95 < 50],
      ['sustained ≥ 0.7 × bare', real.sustained >= 0.7 * bare.sustained],
      ['every participant of the killed node back with no gap within 10 s', real.recovery < 10_000 && real.gaps === 0],
    ];
    for (const [what, met] of verdicts) process.stdout.write(`${met ? 'met' : 'MISSED'}: ${what}\n`);
  } finally {
    await Promise.all(children.map(stop));
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
  logLoad('at end');
}

// A failure anywhere must still stop the servers this script started.
process.on('unhandledRejection', async (err) => {
  log(`FAILED: ${err?.stack ?? err}`);
  await Promise.all(children.map(stop));
  process.exit(1);
});

main().then(
  () => process.exit(0),
  async (err) => {
    log(`FAILED: ${err.stack ?? err}`);
    await Promise.all(children.map(stop));
    process.exit(1);
  },
);
