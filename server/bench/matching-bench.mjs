// `npm run bench:matching`: the mentoring matching engine (libs/matching) on instances of 200×1,000, 1,000×5,000 and
// 2,000×10,000 (mentors × mentees) from a seeded generator with a realistic skew: capacities 1–4, 8 municipalities
// (a soft factor), 12 expertise areas, 10 sectors, 6 languages (Finnish and English common, the others rare), 21
// availability slots. For each it prints the engine's time (and its CPU time, which tells a busy machine's wait from
// the engine's work), its process's peak memory, the number matched and the
// total score, beside a first-come-first-served greedy baseline on the same instance; for 200×1,000 also the optimum
// of the same instance as a linear program solved by HiGHS (the bipartite b-matching polytope is integral, so the LP
// optimum is the integer one) with its time. The engine's (matched, score) must equal HiGHS's, and every assignment
// must hold the constraints: the script exits 1 (FAILED) otherwise. Each solve runs in a child process of its own, so
// the peak memory is that solve's. Env: BENCH_SEED (2026), BENCH_SIZES ("200x1000,1000x5000,2000x10000"),
// BENCH_CANDIDATES (the engine's candidates per mentee).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { formatTable, log, logLoad, requireSource } from './bench-support.mjs';

const here = fileURLToPath(import.meta.url);
const SEED = Number(process.env.BENCH_SEED ?? 2026);
const SIZES = (process.env.BENCH_SIZES ?? '200x1000,1000x5000,2000x10000')
  .split(',')
  .map((s) => s.split('x').map(Number));
const TARGET_MS = { '1000x5000': 2_000, '2000x10000': 6_000 };
const LP_SIZE = '200x1000';
// The engine's candidates per mentee before its optimality check adds what could improve (its default when unset).
const CANDIDATES = process.env.BENCH_CANDIDATES ? Number(process.env.BENCH_CANDIDATES) : undefined;

/** mulberry32: a small seeded generator, so every run solves the same instances. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(mentorCount, menteeCount, seed) {
  const rnd = random(seed * 1_000_003 + mentorCount * 31 + menteeCount);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  /** One key by weight. */
  const weighted = (keys, weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = rnd() * total;
    for (let i = 0; i < keys.length; i++) if ((r -= weights[i]) < 0) return keys[i];
    return keys.at(-1);
  };
  /** `n` distinct keys by weight. */
  const some = (keys, weights, n) => {
    const picked = new Set();
    while (picked.size < Math.min(n, keys.length)) picked.add(weighted(keys, weights));
    return [...picked];
  };
  const zipf = (n) => Array.from({ length: n }, (_, i) => 1 / (i + 1));
  const municipalities = ['jyvaskyla', 'aanekoski', 'laukaa', 'jamsa', 'keuruu', 'saarijarvi', 'viitasaari', 'muurame'];
  const municipalityWeights = [30, 15, 12, 10, 10, 8, 8, 7];
  const expertise = Array.from({ length: 12 }, (_, i) => `expertise-${i + 1}`);
  const sectors = Array.from({ length: 10 }, (_, i) => `sector-${i + 1}`);
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const slots = days.flatMap((d) => ['morning', 'afternoon', 'evening'].map((p) => `${d}-${p}`));
  const slotWeights = slots.map((s) => (s.startsWith('sat') || s.startsWith('sun') ? 1 : 4));
  const organisations = Array.from({ length: Math.max(20, Math.round(mentorCount / 4)) }, (_, i) => `org-${i + 1}`);
  const languages = () => {
    const spoken = [];
    for (const [language, share] of [
      ['fi', 0.9],
      ['en', 0.6],
      ['sv', 0.1],
      ['ar', 0.06],
      ['ru', 0.06],
      ['so', 0.04],
    ])
      if (rnd() < share) spoken.push(language);
    return spoken.length > 0 ? spoken : ['en'];
  };
  const mentors = Array.from({ length: mentorCount }, (_, i) => ({
    id: `mentor-${String(i).padStart(5, '0')}`,
    personId: `person-m${i}`,
    expertise: some(expertise, zipf(12), int(2, 5)),
    sectors: some(sectors, zipf(10), int(1, 3)),
    languages: languages(),
    municipalityId: weighted(municipalities, municipalityWeights),
    organisationId: organisations[int(0, organisations.length - 1)],
    freeCapacity: weighted([1, 2, 3, 4], [40, 30, 20, 10]),
    availability: some(slots, slotWeights, int(3, 8)),
    modes: weighted([['in_person'], ['online'], ['in_person', 'online']], [40, 20, 40]),
  }));
  const mentees = Array.from({ length: menteeCount }, (_, i) => ({
    id: `mentee-${String(i).padStart(6, '0')}`,
    // A few mentors are mentees too (in another program): never paired with themselves.
    personId: i < mentorCount && rnd() < 0.02 ? `person-m${i}` : `person-e${i}`,
    expertise: some(expertise, zipf(12), int(1, 3)),
    sectors: some(sectors, zipf(10), int(1, 2)),
    languages: languages(),
    municipalityId: weighted(municipalities, municipalityWeights),
    organisationId: rnd() < 0.7 ? organisations[int(0, organisations.length - 1)] : null,
    availability: some(slots, slotWeights, int(2, 6)),
    mode: weighted(['in_person', 'online', 'either'], [30, 30, 40]),
  }));
  const blocked = Array.from({ length: Math.round(menteeCount / 100) }, () => ({
    mentorId: mentors[int(0, mentorCount - 1)].id,
    menteeId: mentees[int(0, menteeCount - 1)].id,
  }));
  return {
    settings: {
      weights: { expertise: 10, sector: 8, language: 3, municipality: 6, availability: 2, mode: 4 },
      minimumScore: 10,
      sameMunicipality: false,
      excludeSameOrganisation: true,
    },
    mentors,
    mentees,
    fixed: [],
    blocked,
  };
}

/** Every feasible pair with its score (hard constraints, not blocked, at least the minimum). */
function* feasiblePairs(engine, instance) {
  const blocked = new Set(instance.blocked.map((p) => `${p.mentorId}|${p.menteeId}`));
  for (let e = 0; e < instance.mentees.length; e++) {
    const mentee = instance.mentees[e];
    for (let m = 0; m < instance.mentors.length; m++) {
      const mentor = instance.mentors[m];
      if (mentor.freeCapacity === 0 || blocked.has(`${mentor.id}|${mentee.id}`)) continue;
      const scored = engine.scorePair(mentor, mentee, instance.settings);
      if (scored && scored.score >= instance.settings.minimumScore) yield { m, e, score: scored.score };
    }
  }
}

/** First come, first served: each mentee in turn takes the best-scoring mentor who still has room. */
function greedy(engine, instance) {
  const room = instance.mentors.map((m) => m.freeCapacity);
  const blocked = new Set(instance.blocked.map((p) => `${p.mentorId}|${p.menteeId}`));
  let matched = 0;
  let score = 0;
  for (const mentee of instance.mentees) {
    let best = -1;
    let bestScore = -1;
    instance.mentors.forEach((mentor, m) => {
      if (room[m] === 0 || blocked.has(`${mentor.id}|${mentee.id}`)) return;
      const scored = engine.scorePair(mentor, mentee, instance.settings);
      if (scored && scored.score >= instance.settings.minimumScore && scored.score > bestScore) {
        best = m;
        bestScore = scored.score;
      }
    });
    if (best >= 0) {
      room[best]--;
      matched++;
      score += bestScore;
    }
  }
  return { matched, score };
}

/** The same instance as an LP for HiGHS: a column per feasible pair, a row per mentee (≤ 1) and per mentor (≤ capacity). */
async function solveWithHighs(engine, instance) {
  const { default: loadHighs } = await import('highs');
  const highs = await loadHighs();
  const pairs = [...feasiblePairs(engine, instance)];
  const maxScore = pairs.reduce((a, p) => Math.max(a, p.score), 0);
  // Matching one more mentee is worth more than any score: the engine's objective, in one objective.
  const big = maxScore * instance.mentees.length + 1;
  const rows = instance.mentees.length + instance.mentors.length;
  const starts = new Int32Array(pairs.length + 1);
  const indices = new Int32Array(pairs.length * 2);
  const values = new Float64Array(pairs.length * 2).fill(1);
  const colCost = new Float64Array(pairs.length);
  pairs.forEach((p, j) => {
    starts[j + 1] = 2 * (j + 1);
    indices[2 * j] = p.e;
    indices[2 * j + 1] = instance.mentees.length + p.m;
    colCost[j] = big + p.score;
  });
  const started = performance.now();
  const model = highs.createModel({
    numCols: pairs.length,
    numRows: rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower: new Float64Array(pairs.length),
    colUpper: new Float64Array(pairs.length).fill(1),
    rowLower: new Float64Array(rows).fill(-highs.infinity),
    rowUpper: Float64Array.from([...instance.mentees.map(() => 1), ...instance.mentors.map((m) => m.freeCapacity)]),
    matrix: { format: 'csc', numRows: rows, numCols: pairs.length, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false });
    model.run();
    const ms = performance.now() - started;
    const x = model.getSolution().colValue;
    let matched = 0;
    let score = 0;
    pairs.forEach((p, j) => {
      if (x[j] > 0.5) {
        matched++;
        score += p.score;
      }
    });
    return { ms, matched, score, variables: pairs.length };
  } finally {
    model.dispose();
  }
}

/** Every mentee at most once, every mentor within capacity, no blocked pair, each score as scorePair gives it. */
function violations(engine, instance, result) {
  const problems = [];
  const mentors = new Map(instance.mentors.map((m) => [m.id, m]));
  const mentees = new Map(instance.mentees.map((m) => [m.id, m]));
  const blocked = new Set(instance.blocked.map((p) => `${p.mentorId}|${p.menteeId}`));
  const load = new Map();
  const seen = new Set();
  let total = 0;
  for (const p of result.proposals) {
    const mentor = mentors.get(p.mentorId);
    const mentee = mentees.get(p.menteeId);
    if (!mentor || !mentee) problems.push(`unknown pair ${p.mentorId}–${p.menteeId}`);
    else {
      const scored = engine.scorePair(mentor, mentee, instance.settings);
      if (!scored || scored.score !== p.score || scored.score < instance.settings.minimumScore)
        problems.push(
          `pair ${p.mentorId}–${p.menteeId} scored ${p.score}, scorePair says ${scored?.score ?? 'infeasible'}`,
        );
    }
    if (seen.has(p.menteeId)) problems.push(`mentee ${p.menteeId} twice`);
    seen.add(p.menteeId);
    if (blocked.has(`${p.mentorId}|${p.menteeId}`)) problems.push(`blocked pair ${p.mentorId}–${p.menteeId}`);
    load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
    total += p.score;
  }
  for (const [id, n] of load) if (n > (mentors.get(id)?.freeCapacity ?? 0)) problems.push(`mentor ${id} over capacity`);
  if (total !== result.totalScore || result.proposals.length !== result.matched) problems.push('totals do not add up');
  return problems;
}

async function child(kind, mentorCount, menteeCount) {
  const engine = requireSource('libs/matching/src/index.ts');
  const instance = generate(mentorCount, menteeCount, SEED);
  let out;
  if (kind === 'engine') {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const result = engine.solveMatching(instance, CANDIDATES ? { candidatesPerMentee: CANDIDATES } : undefined);
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    out = {
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      matched: result.matched,
      score: result.totalScore,
      unmatched: result.unmatched.length,
      problems: violations(engine, instance, result).slice(0, 5),
    };
  } else if (kind === 'greedy') {
    const started = performance.now();
    out = { ...greedy(engine, instance), ms: performance.now() - started };
  } else out = await solveWithHighs(engine, instance);
  out.peakMb = process.resourceUsage().maxRSS / 1024;
  process.send(out);
}

function run(kind, mentorCount, menteeCount) {
  return new Promise((ok, fail) => {
    const c = fork(here, ['--child', kind, String(mentorCount), String(menteeCount)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: ['--max-old-space-size=4096'],
    });
    let answer = null;
    c.on('message', (m) => (answer = m));
    c.on('exit', (code) =>
      answer ? ok(answer) : fail(new Error(`${kind} ${mentorCount}×${menteeCount} exited with ${code}`)),
    );
  });
}

async function main() {
  logLoad('at start');
  const rows = [
    ['mentors × mentees', 'engine', 'cpu', 'peak', 'matched', 'score', 'greedy', 'matched', 'score', 'HiGHS LP'],
  ];
  const failures = [];
  const verdicts = [];
  for (const [mentorCount, menteeCount] of SIZES) {
    const size = `${mentorCount}x${menteeCount}`;
    log(`${size}: engine`);
    const engine = await run('engine', mentorCount, menteeCount);
    log(`${size}: engine ${engine.ms.toFixed(0)} ms, ${engine.matched} matched, score ${engine.score}; greedy`);
    const base = await run('greedy', mentorCount, menteeCount);
    let lp = '';
    if (size === LP_SIZE) {
      log(`${size}: HiGHS`);
      const h = await run('highs', mentorCount, menteeCount);
      lp = `${(h.ms / 1000).toFixed(1)} s: ${h.matched}, ${h.score}`;
      if (h.matched !== engine.matched || h.score !== engine.score)
        failures.push(
          `${size}: the engine found (${engine.matched}, ${engine.score}), HiGHS (${h.matched}, ${h.score})`,
        );
      else verdicts.push([`${size}: the engine's (matched, score) equals HiGHS's optimum`, true]);
    }
    for (const p of engine.problems) failures.push(`${size}: ${p}`);
    rows.push([
      size.replace('x', ' × '),
      `${(engine.ms / 1000).toFixed(2)} s`,
      `${(engine.cpuMs / 1000).toFixed(2)} s`,
      `${engine.peakMb.toFixed(0)} MB`,
      String(engine.matched),
      String(engine.score),
      `${(base.ms / 1000).toFixed(2)} s`,
      String(base.matched),
      String(base.score),
      lp,
    ]);
    if (TARGET_MS[size]) verdicts.push([`${size} in under ${TARGET_MS[size] / 1000} s`, engine.ms < TARGET_MS[size]]);
  }
  process.stdout.write(`\nseed ${SEED}\n${formatTable(rows)}\n\n`);
  for (const [what, met] of verdicts) process.stdout.write(`${met ? 'met' : 'MISSED'}: ${what}\n`);
  for (const f of failures) process.stdout.write(`FAILED: ${f}\n`);
  logLoad('at end');
  process.exit(failures.length > 0 ? 1 : 0);
}

if (process.argv[2] === '--child')
  child(process.argv[3], Number(process.argv[4]), Number(process.argv[5])).catch((err) => {
    log(`FAILED: ${err.stack ?? err}`);
    process.exit(1);
  });
else
  main().catch((err) => {
    log(`FAILED: ${err.stack ?? err}`);
    process.exit(1);
  });
