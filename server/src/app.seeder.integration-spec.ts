import type {
  Certificate,
  CertificateVerification,
  CourseReport,
  CourseReportSummary,
  LiveBoardList,
  LiveSessionSummary,
  MyCourse,
  Page,
  PublicLiveSession,
} from '@kotopaikka/contracts';

import type { DataSource } from 'typeorm';

import type { MunicipalityEntity } from './accounts/municipalities/municipality.entity';
import type { OrganisationEntity } from './accounts/organisations/organisation.entity';
import { DEMO_ACCOUNTS, DEMO_LEARNERS, DEMO_PASSWORD, demoEmail } from './accounts/seed/demo-accounts';
import type { UserEntity } from './accounts/users/user.entity';
import { seedDemoData, seedDemoDataIfEmpty } from './app.seeder';
import type { TableRow } from './database/table-row';
import { LiveAttendance } from './live/attendance/attendance.service';
import { BOARD_COLUMNS, type BoardRow, boardViews } from './live/board/board-views';
import { NotesStore } from './live/notes/notes-store.service';
import { DEMO_LIVE_SESSIONS } from './live/seed/demo-live-sessions';
import { DEMO_MENTORING_PEOPLE } from './mentoring/seed/demo-mentoring';
import { PasswordService } from './platform/auth/password.service';
import { waitFor } from './testing/eventually';
import type { TestAgent } from './testing/test-agent';
import { startTestApp, type TestApp } from './testing/test-app';
import {
  createTestDatabase,
  openTestDataSource,
  type TestDatabase,
  type TestDataSource,
} from './testing/test-database';
import { seedCourses } from './training/seed';
import { DEMO_ENROLLMENTS } from './training/seed/demo-activity';

type AccountRow = TableRow<UserEntity, 'email' | 'role' | 'audience' | 'status'> & {
  municipality: MunicipalityEntity['name'] | null;
  organisation: OrganisationEntity['name'] | null;
  manages: MunicipalityEntity['name'][];
};

async function accounts(db: DataSource): Promise<Record<string, Omit<AccountRow, 'email'>>> {
  const rows: AccountRow[] = await db.query(`
    SELECT u.email, u.role, u.audience, u.status, m.name AS municipality, o.name AS organisation,
      coalesce((SELECT array_agg(cm_m.name ORDER BY cm_m.name) FROM coordinator_municipality cm
        JOIN municipality cm_m ON cm_m.id = cm.municipality_id WHERE cm.user_id = u.id), '{}') AS manages
    FROM app_user u LEFT JOIN municipality m ON m.id = u.municipality_id LEFT JOIN organisation o ON o.id = u.organisation_id`);
  return Object.fromEntries(rows.map(({ email, ...rest }) => [email, rest]));
}

async function snapshot(db: DataSource): Promise<unknown> {
  return {
    users: await db.query(`SELECT id, email, password_hash, updated_at FROM app_user ORDER BY id`),
    organisations: await db.query(`SELECT id, name, kind, municipality_id, updated_at FROM organisation ORDER BY id`),
    managed: await db.query(
      `SELECT user_id, municipality_id FROM coordinator_municipality ORDER BY user_id, municipality_id`,
    ),
    enrollments: await db.query(
      `SELECT id, course_id, user_id, enrolled_at, last_activity_at, last_lesson_id, completed_at FROM enrollment ORDER BY id`,
    ),
    progress: await db.query(
      `SELECT enrollment_id, lesson_id, done_at FROM lesson_progress ORDER BY enrollment_id, lesson_id`,
    ),
    reflections: await db.query(`SELECT id, answer, updated_at FROM reflection_answer ORDER BY id`),
    attempts: await db.query(`SELECT id, attempt_no, score_percent, passed, created_at FROM quiz_attempt ORDER BY id`),
    outbox: await db.query(`SELECT id, queue, job_name, payload FROM outbox_message ORDER BY id`),
    liveSessions: await db.query(`SELECT id, starts_at, status, last_seq, updated_at FROM live_session ORDER BY id`),
    liveRecord: await db.query(`
      SELECT (SELECT count(*)::int FROM live_session_invitee) AS invitees, (SELECT count(*)::int FROM live_rsvp) AS rsvps,
             (SELECT count(*)::int FROM live_registration) AS registrations, (SELECT count(*)::int FROM live_event) AS events,
             (SELECT count(*)::int FROM live_participant) AS participants, (SELECT count(*)::int FROM live_attendance) AS stays,
             (SELECT count(*)::int FROM live_chat_message) AS chat, (SELECT count(*)::int FROM live_poll_vote) AS poll_votes,
             (SELECT count(*)::int FROM live_board_card) AS cards, (SELECT count(*)::int FROM live_note_update) AS notes`),
    mentoring: await db.query(`
      SELECT (SELECT count(*)::int FROM mentoring_program) AS programs, (SELECT count(*)::int FROM mentor_profile) AS mentors,
             (SELECT count(*)::int FROM mentee_request) AS mentees, (SELECT count(*)::int FROM mentoring_pairing) AS pairings,
             (SELECT count(*)::int FROM mentoring_meeting) AS meetings, (SELECT count(*)::int FROM mentoring_run) AS runs,
             (SELECT count(*)::int FROM mentoring_feedback) AS feedback, (SELECT count(*)::int FROM mentoring_goal) AS goals`),
  };
}

const SEEDED = {
  organisations: 5,
  accounts: DEMO_ACCOUNTS.length + DEMO_LEARNERS.length,
  enrollments: DEMO_ENROLLMENTS.length,
  completions: 17,
  liveSessions: DEMO_LIVE_SESSIONS.length,
  mentoringPeople: DEMO_MENTORING_PEOPLE.length,
  mentoringPrograms: 2,
};
const NOTHING_NEW = {
  organisations: 0,
  accounts: 0,
  enrollments: 0,
  completions: 0,
  liveSessions: 0,
  mentoringPeople: 0,
  mentoringPrograms: 0,
};

describe('demo seed', () => {
  let database: TestDatabase;
  let db: DataSource;
  let source: TestDataSource;

  beforeAll(async () => {
    source = await openTestDataSource();
    ({ db, database } = source);
  });

  afterAll(async () => {
    await source.close();
  });

  it('creates the nine demo accounts with their roles, audiences and scopes, and the demo learners', async () => {
    await expect(seedDemoData(db)).resolves.toEqual(SEEDED);

    const byEmail = await accounts(db);
    const m = (municipality: string | null, organisation: string | null = null, manages: string[] = []) => ({
      municipality,
      organisation,
      manages,
      status: 'active',
    });
    for (const learner of DEMO_LEARNERS) {
      expect(byEmail[learner.email]).toEqual({
        role: 'member',
        audience: learner.audience,
        ...m(learner.municipality, learner.organisation),
      });
      delete byEmail[learner.email];
    }
    // The mentoring demo's people (server/src/mentoring/seed) are checked beside it.
    for (const person of DEMO_MENTORING_PEOPLE) {
      expect(byEmail[person.email]).toMatchObject({ role: person.role, audience: person.audience, status: 'active' });
      delete byEmail[person.email];
    }
    expect(byEmail).toEqual({
      'admin@demo.kotopaikka.fi': { role: 'admin', audience: 'other', ...m(null) },
      'coordinator@demo.kotopaikka.fi': {
        role: 'coordinator',
        audience: 'other',
        ...m('Äänekoski', null, ['Laukaa', 'Saarijärvi', 'Äänekoski']),
      },
      'decision@demo.kotopaikka.fi': { role: 'member', audience: 'decision_maker', ...m('Äänekoski') },
      'employer@demo.kotopaikka.fi': {
        role: 'member',
        audience: 'employer',
        ...m('Äänekoski', 'Äänekosken Puu ja Metalli Oy'),
      },
      'onboarding@demo.kotopaikka.fi': {
        role: 'member',
        audience: 'onboarding_staff',
        ...m('Jämsä', 'Jämsän Paperi ja Huolto Oy'),
      },
      'guidance@demo.kotopaikka.fi': {
        role: 'member',
        audience: 'guidance_professional',
        ...m('Saarijärvi', 'Saarijärven kaupungin työllisyyspalvelut'),
      },
      'mentor@demo.kotopaikka.fi': { role: 'mentor', audience: 'employer', ...m('Laukaa', 'Laukaan Hoivakodit Oy') },
      'mentee@demo.kotopaikka.fi': {
        role: 'member',
        audience: 'employer',
        ...m('Keuruu', 'Keuruun Rakennus ja Remontti Oy'),
      },
      'participant@demo.kotopaikka.fi': { role: 'member', audience: 'immigrant_participant', ...m('Äänekoski') },
    });

    const organisations: { name: string; kind: string; municipality: string }[] = await db.query(
      `SELECT o.name, o.kind, m.name AS municipality FROM organisation o JOIN municipality m ON m.id = o.municipality_id ORDER BY o.name`,
    );
    expect(new Set(organisations.map((o) => o.municipality))).toEqual(
      new Set(['Äänekoski', 'Laukaa', 'Saarijärvi', 'Keuruu', 'Jämsä']),
    );
    expect(organisations).toContainEqual({
      name: 'Saarijärven kaupungin työllisyyspalvelut',
      kind: 'municipal_unit',
      municipality: 'Saarijärvi',
    });
  });

  it('gives every account the demo password', async () => {
    const rows: { password_hash: string }[] = await db.query(`SELECT password_hash FROM app_user`);
    const passwords = new PasswordService();
    for (const row of rows) await expect(passwords.verify(row.password_hash, DEMO_PASSWORD)).resolves.toBe(true);
  });

  it("records the learners' course activity: progress, reflections, graded attempts, and completions with their certificate jobs", async () => {
    const [counts]: Record<string, number>[] = await db.query(`
      SELECT (SELECT count(*)::int FROM enrollment) AS enrollments,
             (SELECT count(*)::int FROM enrollment WHERE completed_at IS NOT NULL) AS completed,
             (SELECT count(*)::int FROM enrollment e WHERE NOT EXISTS (SELECT 1 FROM lesson_progress p WHERE p.enrollment_id = e.id)) AS not_started,
             (SELECT count(*)::int FROM reflection_answer) AS reflections,
             (SELECT count(*)::int FROM quiz_attempt WHERE NOT passed) AS failed_attempts,
             (SELECT count(*)::int FROM enrollment WHERE enrolled_at < now() - interval '6 weeks') AS enrolled_six_weeks_ago`);
    expect(counts).toEqual({
      enrollments: DEMO_ENROLLMENTS.length,
      completed: SEEDED.completions,
      not_started: DEMO_ENROLLMENTS.filter((e) => e.lessonsDone === 0).length,
      reflections: DEMO_ENROLLMENTS.reduce((n, e) => n + e.reflections, 0),
      failed_attempts: DEMO_ENROLLMENTS.reduce((n, e) => n + e.quizAttempts.length, 0) - SEEDED.completions,
      enrolled_six_weeks_ago: expect.any(Number),
    });
    expect(counts['enrolled_six_weeks_ago']).toBeGreaterThan(0);

    // Every completion has all of its course's lessons done and a passed quiz, at its last activity after enrolling.
    const completions: { id: string; undone: number; passed: number; in_order: boolean }[] = await db.query(`
      SELECT e.id,
             (SELECT count(*)::int FROM lesson l WHERE l.course_id = e.course_id
                AND NOT EXISTS (SELECT 1 FROM lesson_progress p WHERE p.enrollment_id = e.id AND p.lesson_id = l.id)) AS undone,
             (SELECT count(*)::int FROM quiz_attempt a WHERE a.enrollment_id = e.id AND a.passed) AS passed,
             e.completed_at = e.last_activity_at AND e.completed_at > e.enrolled_at AND e.completed_at < now() AS in_order
        FROM enrollment e WHERE e.completed_at IS NOT NULL ORDER BY e.id`);
    expect(completions.map(({ undone, passed, in_order }) => ({ undone, passed, in_order }))).toEqual(
      completions.map(() => ({ undone: 0, passed: 1, in_order: true })),
    );
    const jobs: { queue: string; job_name: string; payload: { enrollmentId: string } }[] = await db.query(
      `SELECT queue, job_name, payload FROM outbox_message WHERE dispatched_at IS NULL AND queue = 'certificates'
        ORDER BY payload->>'enrollmentId'`,
    );
    expect(jobs).toEqual(
      completions.map((c) => ({ queue: 'certificates', job_name: 'issue', payload: { enrollmentId: c.id } })),
    );

    // Sanna Heikkinen (onboarding) has completed a course; the other demo accounts are part-way.
    const demo: { email: string; done: number; completed: boolean }[] = await db.query(
      `
      SELECT u.email, (SELECT count(*)::int FROM lesson_progress p WHERE p.enrollment_id = e.id) AS done, e.completed_at IS NOT NULL AS completed
        FROM enrollment e JOIN app_user u ON u.id = e.user_id WHERE u.email = ANY($1) ORDER BY u.email`,
      [['decision', 'employer', 'guidance', 'mentee', 'onboarding'].map(demoEmail)],
    );
    expect(demo.map((d) => [d.email.replace(/@.*/, ''), d.completed, d.done > 0])).toEqual([
      ['decision', false, true],
      ['employer', false, true],
      ['guidance', false, true],
      ['mentee', false, true],
      ['onboarding', true, true],
    ]);
  });

  it('keeps a past strategy workshop in Äänekoski with its record, and schedules an info session and a webinar', async () => {
    const sessions: {
      id: string;
      kind: string;
      title: { fi: string; en: string };
      municipality: string;
      status: string;
      upcoming: boolean;
      public_slug: string | null;
      capacity: number | null;
      video_url: string | null;
      host: string;
      invited: string[];
      audiences: string[];
      last_seq: string;
    }[] = await db.query(`
      SELECT s.id, s.kind, s.title, m.name AS municipality, s.status, s.starts_at > now() AS upcoming, s.public_slug,
             s.capacity, s.video_url, s.last_seq,
             (SELECT u.email FROM live_session_host h JOIN app_user u ON u.id = h.user_id WHERE h.session_id = s.id) AS host,
             coalesce((SELECT array_agg(u.email ORDER BY u.email) FROM live_session_invitee i JOIN app_user u ON u.id = i.user_id
                        WHERE i.session_id = s.id), '{}') AS invited,
             coalesce((SELECT array_agg(i.audience) FROM live_session_invitee i WHERE i.session_id = s.id AND i.audience IS NOT NULL), '{}') AS audiences
        FROM live_session s JOIN municipality m ON m.id = s.municipality_id ORDER BY s.starts_at`);
    expect(sessions.map((s) => [s.kind, s.municipality, s.status, s.upcoming, s.host])).toEqual([
      ['strategy_workshop', 'Äänekoski', 'ended', false, demoEmail('coordinator')],
      ['training_webinar', 'Äänekoski', 'scheduled', true, demoEmail('coordinator')],
      ['info_session', 'Äänekoski', 'scheduled', true, demoEmail('coordinator')],
    ]);
    const [workshop, webinar, info] = sessions;
    for (const s of sessions) {
      expect(s.title.fi.length).toBeGreaterThan(0);
      expect(s.title.en.length).toBeGreaterThan(0);
      expect(s.video_url).toMatch(/^https:\/\//);
    }
    // The info session is open to people without an account; the webinar invites every demo account but the staff.
    expect(info).toMatchObject({
      public_slug: 'aamupala-aanekoski',
      capacity: 30,
      audiences: ['immigrant_participant'],
    });
    expect(webinar.public_slug).toBeNull();
    expect(webinar.invited).toEqual(
      DEMO_ACCOUNTS.map((a) => a.email)
        .filter((e) => !['admin', 'coordinator'].includes(e.replace(/@.*/, '')))
        .sort(),
    );
    const [{ registered }]: { registered: number }[] = await db.query(
      `SELECT count(*)::int AS registered FROM live_registration WHERE session_id = $1 AND state = 'registered'`,
      [info.id],
    );
    expect(registered).toBeGreaterThan(0);
    const reminders: { session_id: string; kind: string }[] = await db.query(
      `SELECT payload->>'sessionId' AS session_id, payload->>'kind' AS kind FROM outbox_message
        WHERE queue = 'live' AND job_name = 'session_reminder' ORDER BY 1, 2`,
    );
    expect(reminders).toEqual(
      [webinar.id, info.id].sort().flatMap((id) => [
        { session_id: id, kind: 'day_before' },
        { session_id: id, kind: 'soon' },
      ]),
    );

    // The workshop's event log is gapless up to last_seq, and every chat message keeps the seq of its event.
    const log: { seq: string; type: string; data: { id?: string } }[] = await db.query(
      `SELECT seq, type, data FROM live_event WHERE session_id = $1 ORDER BY seq`,
      [workshop.id],
    );
    expect(log.map((e) => Number(e.seq))).toEqual(log.map((_, i) => i + 1));
    expect(log.length).toBe(Number(workshop.last_seq));
    expect(log[0].type).toBe('presence.joined');
    expect(log.filter((e) => e.type === 'session.status').map((e) => e.data)).toEqual([
      { status: 'live' },
      { status: 'ended' },
    ]);
    const chat: { id: string; seq: string; text: string }[] = await db.query(
      `SELECT id, seq, text FROM live_chat_message WHERE session_id = $1 ORDER BY seq`,
      [workshop.id],
    );
    expect(chat.length).toBeGreaterThan(5);
    for (const message of chat)
      expect(log[Number(message.seq) - 1]).toMatchObject({ type: 'chat.message', data: { id: message.id } });

    // Attendance: everyone stayed a while; the employer's break of nine minutes makes two stays.
    const attendance = await new LiveAttendance(db).ofSession(workshop.id);
    expect(attendance.length).toBe(9);
    for (const row of attendance) expect(row.minutes).toBeGreaterThan(60);
    expect(attendance.find((a) => a.name === 'Juha Mäkinen')).toMatchObject({
      minutes: 166,
      stays: [expect.anything(), expect.anything()],
    });

    // The poll is closed with its votes; the board revealed and closed with ranked ideas.
    const polls: { status: string; votes: number }[] = await db.query(
      `SELECT p.status, (SELECT count(*)::int FROM live_poll_vote v WHERE v.poll_id = p.id) AS votes FROM live_poll p WHERE p.session_id = $1`,
      [workshop.id],
    );
    expect(polls).toEqual([{ status: 'closed', votes: 7 }]);
    const boards: BoardRow[] = await db.query(`SELECT ${BOARD_COLUMNS} FROM live_board b WHERE b.session_id = $1`, [
      workshop.id,
    ]);
    const [board] = await boardViews(db.manager, boards, { participantId: null, host: false });
    expect(board).toMatchObject({ status: 'closed', votesVisible: true, prompts: expect.any(Array) });
    expect(board.prompts).toHaveLength(3);
    const top = board.cards.filter((c) => c.rank === 1);
    expect(top.map((c) => c.text)).toContain('Kielikummit työpaikoille');
    expect(top.find((c) => c.text === 'Kielikummit työpaikoille')?.votes).toBe(6);
    const revealed = log.find((e) => e.type === 'board.revealed')?.data as {
      cards: { id: string; rank: number | null }[];
    };
    expect(revealed.cards).toEqual(
      expect.arrayContaining(board.cards.map((c) => expect.objectContaining({ id: c.id, rank: c.rank }))),
    );

    // The shared notes are one compacted Yjs state holding the Markdown.
    const notes = await new NotesStore(db).text({ sessionId: workshop.id, groupId: null });
    expect(notes.text).toMatch(/^# Strategiatyöpaja/);
    expect(notes.text).toContain('Kielikummit työpaikoille');
    const [{ rows }]: { rows: number }[] = await db.query(
      `SELECT count(*)::int AS rows FROM live_note_update WHERE session_id = $1`,
      [workshop.id],
    );
    expect(rows).toBe(1);
  });

  it('changes nothing when run a second time', async () => {
    const before = await snapshot(db);
    await expect(seedDemoData(db)).resolves.toEqual(NOTHING_NEW);
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves a database that already has accounts alone when seeding only if empty', async () => {
    const before = await snapshot(db);
    await expect(seedDemoDataIfEmpty(database.url)).resolves.toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('demo seed on an empty database', () => {
  it('seeds through seedDemoDataIfEmpty', async () => {
    const database = await createTestDatabase();
    try {
      await expect(seedDemoDataIfEmpty(database.url)).resolves.toEqual(SEEDED);
    } finally {
      await database.drop();
    }
  });
});

describe('demo seed in the running platform', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  async function signedIn(localPart: string): Promise<TestAgent> {
    const agent = t.agent();
    expect((await agent.login(demoEmail(localPart), DEMO_PASSWORD)).status).toBe(200);
    return agent;
  }

  async function counts(): Promise<Record<string, number>> {
    const [row]: Record<string, number>[] = await t.db.query(`
      SELECT (SELECT count(*)::int FROM app_user) AS accounts, (SELECT count(*)::int FROM enrollment) AS enrollments,
             (SELECT count(*)::int FROM lesson_progress) AS progress, (SELECT count(*)::int FROM quiz_attempt) AS attempts,
             (SELECT count(*)::int FROM reflection_answer) AS reflections, (SELECT count(*)::int FROM outbox_message) AS jobs,
             (SELECT count(*)::int FROM certificate) AS certificates`);
    return row;
  }

  it('renders a certificate for every seeded completion through the outbox and the certificates worker', async () => {
    await expect(seedDemoData(t.db)).resolves.toEqual(SEEDED);
    const issued = await waitFor(
      async () => {
        const rows: { completed_matches: boolean; pdf: string }[] = await t.db.query(
          `SELECT c.completed_at = e.completed_at AS completed_matches, encode(substring(c.pdf FROM 1 FOR 5), 'escape') AS pdf
           FROM certificate c JOIN enrollment e ON e.id = c.enrollment_id`,
        );
        return rows.length >= SEEDED.completions && rows;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'every seeded certificate rendered' },
    );
    expect(issued).toEqual(
      Array.from({ length: SEEDED.completions }, () => ({ completed_matches: true, pdf: '%PDF-' })),
    );

    // The demo onboarding account downloads hers, and anyone can verify it.
    const onboarding = await signedIn('onboarding');
    const mine = await onboarding.get<Page<Certificate>>('/api/me/certificates');
    expect(mine.body.items).toHaveLength(1);
    const pdf = await fetch(`${t.baseUrl}${mine.body.items[0].downloadUrl}`, {
      headers: { cookie: `kp_session=${onboarding.cookie('kp_session') ?? ''}` },
    });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const verified = await t.agent().get<CertificateVerification>(`/api/certificates/${mine.body.items[0].code}`);
    expect(verified.body).toMatchObject({ valid: true, learnerName: 'Sanna Heikkinen', issuer: 'Kotopaikka · Jämsä' });
  }, 90_000);

  it("shows the demo decision-maker their municipality's enrolments and completions, and the employer a course under way", async () => {
    const decision = await signedIn('decision');
    const reports = await decision.get<Page<CourseReportSummary>>('/api/reports/courses?limit=50');
    expect(reports.status).toBe(200);
    expect(reports.body.items).toHaveLength(seedCourses.length);
    // Äänekoski has at least five learners in every course, so none is withheld as "<5".
    for (const item of reports.body.items) {
      expect(item).toMatchObject({ suppressed: false, enrolled: expect.any(Number), completed: expect.any(Number) });
      expect(item.enrolled).toBeGreaterThanOrEqual(5);
      expect(item.completed).toBeGreaterThan(0);
      expect(item.averageCompletionDays).toBeGreaterThan(0);
      const detail = await decision.get<CourseReport>(`/api/reports/courses/${item.course.id}`);
      expect(new Set(detail.body.rows.map((r) => r.municipality?.name))).toEqual(new Set(['Äänekoski']));
      expect(detail.body.totals).toMatchObject({
        suppressed: false,
        enrolled: item.enrolled,
        completed: item.completed,
      });
      // At least one audience's row has figures too; any smaller ones are "<5".
      expect(detail.body.rows.some((r) => !r.suppressed && (r.enrolled ?? 0) >= 5)).toBe(true);
    }

    const employer = await signedIn('employer');
    const courses = await employer.get<Page<MyCourse>>('/api/me/courses');
    expect(courses.body.items).toEqual([
      expect.objectContaining({
        completedAt: null,
        certificateCode: null,
        continueLesson: expect.objectContaining({ id: expect.any(String) }),
      }),
    ]);
    expect(courses.body.items[0].progressPercent).toBeGreaterThan(0);
    expect(courses.body.items[0].progressPercent).toBeLessThan(100);
  });

  it('shows the live sessions through the API: the workshop record to a participant, the webinar to an invitee, the public page to anyone', async () => {
    const participant = await signedIn('participant');
    const [workshop]: { id: string }[] = await t.db.query(
      `SELECT id FROM live_session WHERE kind = 'strategy_workshop'`,
    );
    const notes = await participant.get<{ text: string }>(`/api/live-sessions/${workshop.id}/notes`);
    expect(notes.status).toBe(200);
    expect(notes.body.text).toContain('Kielikummit työpaikoille');
    const boards = await participant.get<LiveBoardList>(`/api/live-sessions/${workshop.id}/boards`);
    expect(boards.status).toBe(200);
    expect(boards.body.items).toHaveLength(1);
    expect(boards.body.items[0].cards.filter((c) => c.rank === 1).map((c) => c.votes)).toContain(6);

    const guidance = await signedIn('guidance');
    const upcoming = await guidance.get<Page<LiveSessionSummary>>('/api/live-sessions');
    expect(upcoming.status).toBe(200);
    expect(upcoming.body.items.map((s) => s.kind)).toContain('training_webinar');

    const page = await t.agent().get<PublicLiveSession>('/api/public/live-sessions/aamupala-aanekoski');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ state: 'open', municipalityName: 'Äänekoski' });
  });

  it('gives the same counts when run again, with no second certificate job', async () => {
    const before = await counts();
    expect(before).toMatchObject({
      accounts: SEEDED.accounts + SEEDED.mentoringPeople,
      enrollments: SEEDED.enrollments,
      certificates: SEEDED.completions,
    });
    await expect(seedDemoData(t.db)).resolves.toEqual(NOTHING_NEW);
    expect(await counts()).toEqual(before);
  });
});
