import type { Principal } from '../../platform/auth/principal';
import { SqlParams } from '../../platform/http/sql-support';
import { authorableCourseSql } from '../courses/course-scope';
import { type Queryable, visibleCourseSql } from '../learning/learner-scope';

/**
 * Who may read a stored file (alias `f`), as a WHERE condition: admins any; the person who uploaded it; anyone
 * for whom a course that uses it as a block file or cover is authorable (coordinators, by their municipalities)
 * or visible as a learner (published and offered where they are). Drafts reach only their authors.
 */
export function readableFileSql(p: Principal, params: SqlParams, alias = 'f'): string {
  if (p.role === 'admin') return 'TRUE';
  const reachable = `((${authorableCourseSql(p, params)}) OR (${visibleCourseSql(p, params)}))`;
  return `(${alias}.owner_id = ${params.add(p.id)}::uuid
    OR EXISTS (SELECT 1 FROM course c WHERE c.cover_file_id = ${alias}.id AND ${reachable})
    OR EXISTS (SELECT 1 FROM lesson_block b JOIN lesson l ON l.id = b.lesson_id JOIN course c ON c.id = l.course_id
                WHERE b.file_id = ${alias}.id AND ${reachable}))`;
}

/** The type of a file the person may read, or null; an author attaches only files they could read anyway. */
export async function readableFileType(db: Queryable, p: Principal, id: string): Promise<string | null> {
  const params = new SqlParams();
  const idParam = params.add(id);
  const rows = (await db.query(
    `SELECT f.mime_type FROM stored_file f WHERE f.id = ${idParam}::uuid AND ${readableFileSql(p, params)}`,
    params.values,
  )) as { mime_type: string }[];
  return rows[0]?.mime_type ?? null;
}
