import type { EntityManager } from 'typeorm';

/**
 * The mentor role goes back to member when no approved profile is left and the person mentors no active pairing:
 * checked when a mentor withdraws and when a pairing they mentor ends. Answers whether it changed.
 */
export async function dropMentorRoleIfLast(m: EntityManager, userId: string): Promise<boolean> {
  const [, changed]: [unknown, number] = await m.query(
    `UPDATE app_user SET role = 'member', updated_at = now()
      WHERE id = $1 AND role = 'mentor'
        AND NOT EXISTS (SELECT 1 FROM mentor_profile WHERE user_id = $1 AND status = 'approved')
        AND NOT EXISTS (SELECT 1 FROM mentoring_pairing WHERE mentor_user_id = $1 AND status = 'active')`,
    [userId],
  );
  return changed > 0;
}
