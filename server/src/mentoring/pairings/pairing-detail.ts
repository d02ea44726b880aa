import type {
  FitAnswer,
  MentoringAgreement,
  MentoringFeedback,
  MentoringGoal,
  MentoringMeeting,
  MentoringTask,
  PairingDetail,
  PairNote,
} from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

import { type PairingAccess, toPairingSummary } from './pairing-access';
import { HAS_MET_SQL, UPCOMING_SQL } from './pairing-guards';

interface AgreementRow {
  goals: string;
  meeting_frequency: MentoringAgreement['meetingFrequency'];
  preferred_days: MentoringAgreement['preferredDays'];
  mode: MentoringAgreement['mode'];
  ends_on: string;
  confidentiality: string;
  version: number;
  mentor_confirmed_version: number | null;
  mentee_confirmed_version: number | null;
  updated_at: Date;
  updated_by: string | null;
  updater_name: string | null;
}

function toAgreement(r: AgreementRow): MentoringAgreement {
  const mentorConfirmed = r.mentor_confirmed_version === r.version;
  const menteeConfirmed = r.mentee_confirmed_version === r.version;
  return {
    goals: r.goals,
    meetingFrequency: r.meeting_frequency,
    preferredDays: r.preferred_days,
    mode: r.mode,
    endsOn: r.ends_on,
    confidentiality: r.confidentiality,
    version: r.version,
    mentorConfirmed,
    menteeConfirmed,
    confirmed: mentorConfirmed && menteeConfirmed,
    updatedAt: r.updated_at.toISOString(),
    updatedBy: r.updated_by && r.updater_name ? { id: r.updated_by, name: r.updater_name } : null,
  };
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/**
 * A pairing as its viewer may read it. The two people see the pair's notes and their own fit answer and feedback;
 * those who oversee it (coordinators, admins) see status, agreement, goals, tasks, meetings and the ratings given,
 * never the notes, a fit answer or the free text of feedback.
 */
export async function pairingDetail(m: EntityManager, access: PairingAccess): Promise<PairingDetail> {
  const id = access.row.id;
  const party = access.side !== null;
  const me = party ? (access.side === 'mentor' ? access.row.mentor_user_id : access.row.mentee_user_id) : null;

  const agreements: AgreementRow[] = await m.query(
    `SELECT a.goals, a.meeting_frequency, a.preferred_days, a.mode, to_char(a.ends_on, 'YYYY-MM-DD') AS ends_on,
            a.confidentiality, a.version, a.mentor_confirmed_version, a.mentee_confirmed_version, a.updated_at,
            a.updated_by, u.display_name AS updater_name
       FROM mentoring_agreement a LEFT JOIN app_user u ON u.id = a.updated_by WHERE a.pairing_id = $1`,
    [id],
  );
  const [{ open }]: { open: boolean }[] = await m.query(`SELECT ${HAS_MET_SQL} AS open`, [id]);
  const goals: { id: string; title: string; progress: number; comment: string; updated_at: Date }[] = await m.query(
    `SELECT id, title, progress, comment, updated_at FROM mentoring_goal WHERE pairing_id = $1 ORDER BY created_at, id`,
    [id],
  );
  const tasks: { id: string; title: string; due_on: string | null; goal_id: string | null; done_at: Date | null }[] =
    await m.query(
      `SELECT id, title, to_char(due_on, 'YYYY-MM-DD') AS due_on, goal_id, done_at FROM mentoring_task
        WHERE pairing_id = $1 ORDER BY due_on NULLS LAST, created_at, id`,
      [id],
    );
  const meetings: {
    id: string;
    live_session_id: string | null;
    held_at: Date;
    duration_minutes: number;
    mode: MentoringMeeting['mode'];
    place: string;
    upcoming: boolean;
  }[] = await m.query(
    `SELECT mm.id, mm.live_session_id, mm.held_at, mm.duration_minutes, mm.mode, mm.place, ${UPCOMING_SQL} AS upcoming
       FROM mentoring_meeting mm WHERE mm.pairing_id = $1 ORDER BY mm.held_at DESC, mm.id`,
    [id],
  );

  let notes: PairNote[] | null = null;
  let myFitAnswer: FitAnswer | null = null;
  let myFeedback: MentoringFeedback | null = null;
  let ratings: PairingDetail['ratings'] = null;
  if (party) {
    const noteRows: {
      id: string;
      author_id: string | null;
      author_name: string | null;
      body: string;
      created_at: Date;
    }[] = await m.query(
      `SELECT n.id, n.author_id, u.display_name AS author_name, n.body, n.created_at
           FROM mentoring_note n LEFT JOIN app_user u ON u.id = n.author_id
          WHERE n.pairing_id = $1 ORDER BY n.created_at, n.id`,
      [id],
    );
    notes = noteRows.map((n) => ({
      id: n.id,
      author: n.author_id && n.author_name ? { id: n.author_id, name: n.author_name } : null,
      body: n.body,
      createdAt: n.created_at.toISOString(),
    }));
    const fit: { answer: FitAnswer }[] = await m.query(
      `SELECT answer FROM mentoring_fit_check WHERE pairing_id = $1 AND user_id = $2`,
      [id, me],
    );
    myFitAnswer = fit[0]?.answer ?? null;
    const feedback: { usefulness: number; match: number; comment: string; created_at: Date }[] = await m.query(
      `SELECT usefulness, match, comment, created_at FROM mentoring_feedback WHERE pairing_id = $1 AND user_id = $2`,
      [id, me],
    );
    myFeedback = feedback[0]
      ? {
          usefulness: feedback[0].usefulness,
          match: feedback[0].match,
          comment: feedback[0].comment,
          createdAt: feedback[0].created_at.toISOString(),
        }
      : null;
  } else {
    const given: { user_id: string; usefulness: number; match: number }[] = await m.query(
      `SELECT user_id, usefulness, match FROM mentoring_feedback WHERE pairing_id = $1`,
      [id],
    );
    const of = (userId: string): { usefulness: number; match: number } | null => {
      const r = given.find((g) => g.user_id === userId);
      return r ? { usefulness: r.usefulness, match: r.match } : null;
    };
    ratings = { mentor: of(access.row.mentor_user_id), mentee: of(access.row.mentee_user_id) };
  }

  const declinedBy =
    access.row.mentor_answer === 'declined' ? 'mentor' : access.row.mentee_answer === 'declined' ? 'mentee' : null;
  const seesDecline = !party || access.side === declinedBy;
  return {
    ...toPairingSummary(access),
    endReason: access.row.end_reason,
    declineReason: seesDecline ? access.row.decline_reason : null,
    agreement: agreements[0] ? toAgreement(agreements[0]) : null,
    fitCheckOpen: open,
    myFitAnswer,
    goals: goals.map(
      (g): MentoringGoal => ({
        id: g.id,
        title: g.title,
        progress: g.progress,
        comment: g.comment,
        updatedAt: g.updated_at.toISOString(),
      }),
    ),
    tasks: tasks.map(
      (t): MentoringTask => ({
        id: t.id,
        title: t.title,
        dueOn: t.due_on,
        goalId: t.goal_id,
        doneAt: iso(t.done_at),
      }),
    ),
    meetings: meetings.map(
      (x): MentoringMeeting => ({
        id: x.id,
        liveSessionId: x.live_session_id,
        heldAt: x.held_at.toISOString(),
        durationMinutes: x.duration_minutes,
        mode: x.mode,
        place: x.place,
        upcoming: x.upcoming,
      }),
    ),
    notes,
    myFeedback,
    ratings,
    mayManage: access.mayManage,
  };
}
