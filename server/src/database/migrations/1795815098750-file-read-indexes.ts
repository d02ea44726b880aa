import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: every GET /api/files/{id} looks up the courses that use the file as a block or cover; without these it scans them all.
export class FileReadIndexes1795815098750 implements MigrationInterface {
  name = 'FileReadIndexes1795815098750';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_lesson_block_file ON lesson_block (file_id) WHERE file_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_course_cover_file ON course (cover_file_id) WHERE cover_file_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_course_cover_file`);
    await q.query(`DROP INDEX ix_lesson_block_file`);
  }
}
