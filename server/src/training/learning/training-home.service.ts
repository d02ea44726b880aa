import {
  type Audience,
  AUDIENCES,
  type HomeCourse,
  type IdName,
  type Locale,
  type MyCourse,
  TIME_ZONE,
  type TrainingHome,
} from '@kotopaikka/contracts';
import { helsinkiCalendarDate } from '@kotopaikka/training';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { type Principal, reportableMunicipalities } from '../../platform/auth/principal';
import { isSmallGroup, withheld } from '../reports/small-groups';
import { CatalogService } from './catalog.service';

const DUE_SHOWN = 5;

function homeCourse(c: MyCourse): HomeCourse {
  return {
    course: { id: c.course.id, name: c.course.title },
    progressPercent: c.progressPercent,
    dueDate: c.dueDate,
    nextLesson: c.continueLesson ? { id: c.continueLesson.id, name: c.continueLesson.title } : null,
  };
}

/** The quarter `date` (YYYY-MM-DD) falls in, as its first and last calendar dates. */
export function quarterOf(date: string): { from: string; to: string } {
  const [year, month] = date.split('-').map(Number);
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(first + 2)}-${pad(lastDay)}` };
}

/** Training's panel data for the home page: one's own next steps, and for readers of reports their municipalities this quarter. */
@Injectable()
export class TrainingHomeService {
  constructor(
    private readonly db: DataSource,
    private readonly catalog: CatalogService,
  ) {}

  async home(p: Principal, locale: Locale | undefined): Promise<TrainingHome> {
    // Unfinished first, most recent activity first: the first is the one to continue.
    const mine = (await this.catalog.myCourses(p, { limit: 50, locale })).items.filter((c) => c.completedAt === null);
    const due = mine.filter((c) => c.dueDate !== null).sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
    return {
      continueWith: mine[0] ? homeCourse(mine[0]) : null,
      due: due.slice(0, DUE_SHOWN).map(homeCourse),
      glance: await this.glance(p),
    };
  }

  private async glance(p: Principal): Promise<TrainingHome['glance']> {
    const scope = reportableMunicipalities(p);
    if (scope !== 'all' && scope.length === 0) return null;
    const { from, to } = quarterOf(helsinkiCalendarDate(new Date()));
    const rows: { audience: Audience; completed: number }[] = await this.db.query(
      `SELECT u.audience, count(*)::int AS completed
         FROM enrollment e JOIN app_user u ON u.id = e.user_id
        WHERE e.completed_at >= ($1::date)::timestamp AT TIME ZONE '${TIME_ZONE}'
          AND e.completed_at < ($2::date + 1)::timestamp AT TIME ZONE '${TIME_ZONE}'
          AND ($3::boolean OR u.municipality_id = ANY($4::uuid[]))
        GROUP BY u.audience`,
      [from, to, scope === 'all', scope === 'all' ? [] : scope],
    );
    const municipalities: IdName[] =
      scope === 'all'
        ? []
        : await this.db.query(`SELECT id, name FROM municipality WHERE id = ANY($1::uuid[]) ORDER BY name`, [scope]);
    // Decision-makers read figures, not people: small groups withheld, as in their reports.
    const suppress = p.role === 'member';
    const byAudience = AUDIENCES.flatMap((audience) => {
      const completed = rows.find((r) => r.audience === audience)?.completed ?? 0;
      if (completed === 0) return [];
      const figures = {
        enrolled: completed,
        inProgress: 0,
        completed,
        averageQuizScorePercent: null,
        averageCompletionDays: null,
        suppressed: false,
      };
      const shown = suppress && isSmallGroup(figures) ? withheld(figures) : figures;
      return [{ audience, completed: shown.completed, suppressed: shown.suppressed }];
    });
    return { municipalities, from, to, byAudience };
  }
}
