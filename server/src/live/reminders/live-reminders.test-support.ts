import { QueueFactory } from '../../platform/queue/queue.factory';
import { waitFor } from '../../testing/eventually';
import type { TestApp } from '../../testing/test-app';
import type { LiveReminderPayload } from './live-reminder-jobs';

/** A live-queue job of a session as the outbox holds it. */
export interface PlannedRow {
  id: string;
  job_name: string;
  payload: LiveReminderPayload;
  run_at: Date;
  dispatched_at: Date | null;
}

/** The session's jobs in the outbox, by run time. */
export function plannedJobs(t: TestApp, sessionId: string): Promise<PlannedRow[]> {
  return t.db.query(
    `SELECT id, job_name, payload, run_at, dispatched_at FROM outbox_message
      WHERE queue = 'live' AND payload ->> 'sessionId' = $1 ORDER BY run_at, job_name`,
    [sessionId],
  );
}

/** The result of a job on the live queue, once it has run. */
export async function liveJobResult(t: TestApp, jobId: string): Promise<unknown> {
  const done = await waitFor(
    async () => {
      const job = await t.app.get(QueueFactory).queue('live').getJob(jobId);
      return job?.finishedOn ? { value: job.returnvalue as unknown } : null;
    },
    { what: `live job ${jobId} finished` },
  );
  return done.value;
}
