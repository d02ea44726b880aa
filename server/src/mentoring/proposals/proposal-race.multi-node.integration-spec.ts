import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

import { appEntities } from '../../app.entities';
import { dataSourceOptions } from '../../database/data-source';
import { createUser, municipalityId, TEST_PASSWORD } from '../../testing/fixtures';
import { type ServerProcess, startServerProcess } from '../../testing/server-processes';
import { TestAgent } from '../../testing/test-agent';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { dropRedisPrefix, ENV_REDIS_URL } from '../../testing/test-environment';
import { addMentor } from '../matching/matching.test-support';
import { createPairing } from '../pairings/pairings.test-support';
import { createProgram } from '../programs/mentoring-programs.test-support';

/**
 * The capacity guarantee under a real race: two server processes on one database, and two mentees accepting the
 * last place of one mentor at the same moment, one through each process. The mentor profile's row lock lets one in.
 */
describe('two mentees accepting a full mentor’s last place through two server processes', () => {
  const redisUrl = process.env[ENV_REDIS_URL] || 'redis://127.0.0.1:6379';
  const prefix = `kp-test-${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let db: DataSource;
  let nodes: ServerProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await new DataSource(dataSourceOptions(database.url, appEntities, { extra: { max: 2 } })).initialize();
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      RATE_LIMIT_PER_MINUTE: '100000',
    };
    nodes = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    await db?.destroy();
    await database?.drop();
    await dropRedisPrefix(redisUrl, prefix);
  });

  async function menteeOn(node: ServerProcess): Promise<{ id: string; agent: TestAgent }> {
    const user = await createUser(db, { municipality: 'Laukaa' });
    const agent = new TestAgent(node.baseUrl);
    expect((await agent.login(user.email, TEST_PASSWORD)).status).toBe(200);
    return { id: user.id, agent };
  }

  it('makes exactly one pairing active and answers the other 409 mentor_full, round after round', async () => {
    const laukaa = await municipalityId(db, 'Laukaa');
    const programId = await createProgram(db, [laukaa], 'running');
    for (let round = 0; round < 5; round++) {
      const mentor = await createUser(db, { municipality: 'Laukaa', role: 'mentor' });
      const profileId = await addMentor(db, { programId, userId: mentor.id, municipalityId: laukaa, capacity: 1 });
      const mentees = [await menteeOn(nodes[0]), await menteeOn(nodes[1])];
      const pairingIds: string[] = [];
      for (const mentee of mentees) {
        const { pairingId } = await createPairing(db, {
          programId,
          mentorUserId: mentor.id,
          menteeUserId: mentee.id,
          municipalityId: laukaa,
          mentorProfileId: profileId,
          status: 'proposed',
        });
        pairingIds.push(pairingId);
      }
      // The mentor has accepted both already (as if capacity had been raised and lowered again).
      await db.query(
        `UPDATE mentoring_pairing SET mentor_answer = 'accepted', mentor_answered_at = now() WHERE id = ANY($1)`,
        [pairingIds],
      );

      const answers = await Promise.all(
        mentees.map((m, i) =>
          m.agent.post<{ status?: string; code?: string }>(`/api/mentoring/pairings/${pairingIds[i]}/answer`, {
            answer: 'accept',
          }),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([200, 409]);
      expect(answers.find((a) => a.status === 200)?.body.status).toBe('active');
      expect(answers.find((a) => a.status === 409)?.body.code).toBe('mentor_full');
      const rows: { status: string }[] = await db.query(
        `SELECT status FROM mentoring_pairing WHERE mentor_profile_id = $1 ORDER BY status`,
        [profileId],
      );
      expect(rows.map((r) => r.status)).toEqual(['active', 'proposed']);
    }
  }, 90_000);
});
