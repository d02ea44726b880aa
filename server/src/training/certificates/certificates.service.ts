import { type Certificate, type CertificateVerification, clientLink, type Page } from '@kotopaikka/contracts';
import { pickLocalized } from '@kotopaikka/training';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { MunicipalityEntity } from '../../accounts/municipalities/municipality.entity';
import type { UserEntity } from '../../accounts/users/user.entity';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { TableRow } from '../../database/table-row';
import { managesMunicipality, type Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { localizedParam } from '../../platform/notifications/localized-params';
import { NotificationService } from '../../platform/notifications/notification.service';
import type { CourseEntity } from '../courses/course.entity';
import type { EnrollmentEntity } from '../learning/enrollment.entity';
import type { CertificateEntity } from './certificate.entity';
import { newCertificateCode } from './certificate-code';
import { issuerLine, renderCertificatePdf } from './certificate-pdf';

export type IssueOutcome = 'issued' | 'already_issued' | 'not_completed' | 'no_enrollment';

type CompletedEnrollment = TableRow<EnrollmentEntity, 'id' | 'userId' | 'courseId' | 'completedAt'> &
  TableRow<UserEntity, 'displayName' | 'locale'> &
  TableRow<CourseEntity, 'title' | 'estimatedMinutes'> & { municipality_name: MunicipalityEntity['name'] | null };

type CertificateRow = TableRow<
  CertificateEntity,
  'code' | 'userId' | 'courseId' | 'learnerName' | 'courseTitle' | 'municipalityName' | 'completedAt' | 'createdAt'
>;

/** Issues one certificate per completed enrollment, verifies codes publicly and serves the PDF to those allowed. */
@Injectable()
export class CertificatesService {
  private readonly logger = new Logger('Certificates');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  verifyUrl(code: string): string {
    return `${this.config.publicUrl}${clientLink('certificate', { code })}`;
  }

  /**
   * Renders first, then inserts with ON CONFLICT DO NOTHING: two concurrent runs may both render, but the unique
   * enrollment_id lets exactly one row in, and only the run that inserted notifies the learner.
   */
  async issue(enrollmentId: string): Promise<IssueOutcome> {
    const existing: unknown[] = await this.db.query(`SELECT 1 FROM certificate WHERE enrollment_id = $1`, [
      enrollmentId,
    ]);
    if (existing.length > 0) return 'already_issued';
    const [enrollment]: CompletedEnrollment[] = await this.db.query(
      `SELECT e.id, e.user_id, e.course_id, e.completed_at, u.display_name, u.locale, m.name AS municipality_name,
              c.title, c.estimated_minutes
         FROM enrollment e
         JOIN app_user u ON u.id = e.user_id
         JOIN course c ON c.id = e.course_id
         LEFT JOIN municipality m ON m.id = u.municipality_id
        WHERE e.id = $1`,
      [enrollmentId],
    );
    if (!enrollment) {
      this.logger.warn({ enrollmentId }, 'certificate job for an enrollment that no longer exists');
      return 'no_enrollment';
    }
    if (!enrollment.completed_at) {
      this.logger.warn({ enrollmentId }, 'certificate job for an unfinished enrollment; not issued');
      return 'not_completed';
    }
    const code = newCertificateCode();
    const pdf = await renderCertificatePdf({
      locale: enrollment.locale,
      learnerName: enrollment.display_name,
      courseTitle: pickLocalized(enrollment.title, enrollment.locale).text,
      completedAt: enrollment.completed_at,
      estimatedMinutes: enrollment.estimated_minutes,
      municipalityName: enrollment.municipality_name,
      code,
      verifyUrl: this.verifyUrl(code),
    });
    const inserted: unknown[] = await this.db.query(
      `INSERT INTO certificate (enrollment_id, code, user_id, course_id, learner_name, course_title, municipality_name,
                                estimated_minutes, completed_at, pdf)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10)
       ON CONFLICT (enrollment_id) DO NOTHING RETURNING id`,
      [
        enrollment.id,
        code,
        enrollment.user_id,
        enrollment.course_id,
        enrollment.display_name,
        JSON.stringify(enrollment.title),
        enrollment.municipality_name,
        enrollment.estimated_minutes,
        enrollment.completed_at,
        pdf,
      ],
    );
    if (inserted.length === 0) return 'already_issued';
    // The certificate stands even if the notification fails; a retry would find it issued and not notify twice.
    try {
      await this.notifications.notify(
        enrollment.user_id,
        'certificate_issued',
        { ...localizedParam('courseTitle', enrollment.title), code },
        clientLink('certificate', { code }),
      );
    } catch (err) {
      this.logger.warn({ enrollmentId, err: (err as Error).message }, 'certificate issued but the notification failed');
    }
    return 'issued';
  }

  /** Public: an unknown code answers `valid: false`, the same whatever the reason, so nothing leaks. */
  async verify(code: string, locale: string): Promise<CertificateVerification> {
    const row = await this.find(code);
    if (!row) return { valid: false, learnerName: null, courseTitle: null, completedAt: null, issuer: null, code };
    return {
      valid: true,
      learnerName: row.learner_name,
      courseTitle: pickLocalized(row.course_title, locale).text,
      completedAt: row.completed_at.toISOString(),
      issuer: issuerLine(row.municipality_name),
      code: row.code,
    };
  }

  /** The learner themself, admins, and coordinators of the learner's municipality. */
  async pdf(code: string, me: Principal): Promise<Buffer> {
    const [row]: (TableRow<CertificateEntity, 'userId' | 'pdf'> & {
      municipality_id: UserEntity['municipalityId'];
    })[] = await this.db.query(
      `SELECT c.user_id, u.municipality_id, c.pdf FROM certificate c LEFT JOIN app_user u ON u.id = c.user_id WHERE c.code = $1`,
      [code],
    );
    if (!row) throw ApiException.notFound('Certificate');
    const allowed =
      row.user_id === me.id ||
      me.role === 'admin' ||
      (row.municipality_id !== null && managesMunicipality(me, row.municipality_id));
    if (!allowed)
      throw ApiException.forbidden(
        'Only the learner, an admin or a coordinator of their municipality may download this certificate',
      );
    if (!row.pdf) throw ApiException.notFound('Certificate file');
    return row.pdf;
  }

  /** Few per person (one per course), so one page. Titles in the learner's saved language. */
  async mine(me: Principal): Promise<Page<Certificate>> {
    const rows: (CertificateRow & TableRow<UserEntity, 'locale'>)[] = await this.db.query(
      `SELECT c.code, c.user_id, c.course_id, c.learner_name, c.course_title, c.municipality_name, c.completed_at,
              c.created_at, u.locale
         FROM certificate c JOIN app_user u ON u.id = c.user_id
        WHERE c.user_id = $1 ORDER BY c.completed_at DESC, c.code`,
      [me.id],
    );
    return {
      items: rows.map((row) => ({
        code: row.code,
        course: { id: row.course_id, name: pickLocalized(row.course_title, row.locale).text },
        completedAt: row.completed_at.toISOString(),
        issuedAt: row.created_at.toISOString(),
        downloadUrl: `/api/certificates/${row.code}/pdf`,
        verifyUrl: this.verifyUrl(row.code),
      })),
      nextCursor: null,
    };
  }

  private async find(code: string): Promise<CertificateRow | undefined> {
    const [row]: CertificateRow[] = await this.db.query(
      `SELECT code, user_id, course_id, learner_name, course_title, municipality_name, completed_at, created_at
         FROM certificate WHERE code = $1`,
      [code],
    );
    return row;
  }
}
