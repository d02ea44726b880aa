import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: the catalog and the course reports page newest course first by this key; the index serves the order and the cursor.
export class CourseListingIndex1795815200000 implements MigrationInterface {
  name = 'CourseListingIndex1795815200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_course_listing ON course ((COALESCE(published_at, created_at)) DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_course_listing`);
  }
}
