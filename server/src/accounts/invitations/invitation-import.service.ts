import {
  AUDIENCES,
  ErrorCode,
  INVITATION_CSV_MAX_ROWS,
  type InvitationImportProblem,
  type InvitationImportResult,
} from '@kotopaikka/contracts';

import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import {
  type CsvRecord,
  CsvSyntaxError,
  decodeCsvText,
  detectSeparator,
  NotText,
  parseCsv,
} from '../../platform/csv/csv-parser';
import { ApiException } from '../../platform/errors/api.exception';
import { stripInvisibleCharacters } from '../../platform/errors/text-safety';
import { isSafeEmailAddress } from '../../platform/http/input-rules';
import { assertAdministers } from '../users/people-scope';
import type { UploadedCsv } from './csv-upload.interceptor';
import { InvitationsService, type Invitee } from './invitations.service';

type Rejected = InvitationImportResult['rejected'][number];

const REQUIRED = ['email', 'displayname', 'audience'] as const;

/**
 * Invites the people of a CSV file into one municipality as members. Each valid row is invited in its
 * own transaction, so one bad or racing row never blocks the rest; the answer lists every rejected
 * line with all its problems, so the file can be fixed and the rejected lines sent again.
 */
@Injectable()
export class InvitationImportService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly invitations: InvitationsService,
  ) {}

  async import(
    actor: Principal,
    municipalityId: string,
    file: UploadedCsv | undefined,
  ): Promise<InvitationImportResult> {
    if (!file) throw ApiException.invalid('file', 'send one CSV file in the multipart field "file"');
    await this.invitations.assertMunicipalityExists(municipalityId);
    assertAdministers(actor, municipalityId);
    const records = this.read(file);
    const header = records.shift();
    const columns = this.columns(header);
    if (records.length > INVITATION_CSV_MAX_ROWS) {
      throw ApiException.invalid(
        'file',
        `at most ${INVITATION_CSV_MAX_ROWS} rows per file (this one has ${records.length})`,
      );
    }

    const organisationNames = records.map((r) =>
      columns.organisation === undefined ? '' : cell(r, columns.organisation),
    );
    // Addresses folded and organisations matched by PostgreSQL, as the unique indexes fold them (JavaScript folds İ and a final Σ otherwise).
    const matched: { email: string; organisation_id: string | null }[] = await this.db.query(
      `SELECT lower(x.email) AS email, o.id AS organisation_id
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(email, organisation, n)
         LEFT JOIN organisation o ON o.municipality_id = $3 AND lower(o.name) = lower(x.organisation)
        ORDER BY x.n`,
      [records.map((r) => cell(r, columns.email)), organisationNames, municipalityId],
    );
    const emails = matched.map((r) => r.email);
    const taken = new Set(
      (
        (await this.db.query(`SELECT lower(email) AS email FROM app_user WHERE lower(email) = ANY($1::text[])`, [
          emails,
        ])) as { email: string }[]
      ).map((r) => r.email),
    );

    const rejected: Rejected[] = [];
    const valid: { line: number; invitee: Invitee }[] = [];
    const seen = new Set<string>();
    for (const [i, record] of records.entries()) {
      const email = emails[i];
      const displayName = cell(record, columns.displayname);
      const audience = cell(record, columns.audience);
      const problems: InvitationImportProblem[] = [];
      if (!isSafeEmailAddress(email)) problems.push('email_invalid');
      else if (taken.has(email)) problems.push('email_taken');
      else if (seen.has(email)) problems.push('email_duplicate_in_file');
      seen.add(email);
      if (displayName === '') problems.push('display_name_missing');
      if (displayName.length > 200) problems.push('display_name_too_long');
      if (!(AUDIENCES as readonly string[]).includes(audience)) problems.push('audience_invalid');
      const organisationId = organisationNames[i] === '' ? null : matched[i].organisation_id;
      if (organisationId === null && organisationNames[i] !== '') problems.push('organisation_unknown');
      if (problems.length > 0) {
        rejected.push({ line: record.line, email: email || null, problems });
        continue;
      }
      valid.push({
        line: record.line,
        invitee: {
          email,
          displayName,
          audience: audience as Invitee['audience'],
          role: 'member',
          municipalityId,
          organisationId,
          locale: 'fi',
        },
      });
    }

    let invited = 0;
    for (const { line, invitee } of valid) {
      try {
        await this.invitations.inTransaction((m) => this.invitations.inviteWithin(m, actor, invitee, 'import'));
        invited++;
      } catch (err) {
        // Someone took the address between our check and this row's transaction.
        if (err instanceof ApiException && err.code === ErrorCode.EmailTaken)
          rejected.push({ line, email: invitee.email, problems: ['email_taken'] });
        // The organisation was deleted meanwhile: this row is rejected, the rest go on.
        else if (err instanceof ApiException && err.code === ErrorCode.ValidationFailed && invitee.organisationId) {
          rejected.push({ line, email: invitee.email, problems: ['organisation_unknown'] });
        } else throw err;
      }
    }
    rejected.sort((a, b) => a.line - b.line);
    await this.audit.record({
      actorId: actor.id,
      action: 'invitation.import',
      entityType: 'municipality',
      entityId: municipalityId,
      // multer hands the name over as Latin-1; browsers send UTF-8.
      details: {
        fileName: stripInvisibleCharacters(Buffer.from(file.originalname, 'latin1').toString('utf8')).slice(0, 200),
        invited,
        rejected: rejected.length,
      },
    });
    return { invited, rejected };
  }

  private read(file: UploadedCsv): CsvRecord[] {
    let text: string;
    try {
      text = decodeCsvText(file.buffer);
    } catch (err) {
      if (err instanceof NotText) {
        throw new ApiException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          ErrorCode.UnsupportedMediaType,
          `file: ${err.message}`,
          [{ field: 'file', problems: ['not a UTF-8 CSV file'] }],
        );
      }
      throw err;
    }
    try {
      return parseCsv(text, detectSeparator(text));
    } catch (err) {
      if (err instanceof CsvSyntaxError)
        throw ApiException.invalid('file', `line ${err.line}: a quote does not open or close where a cell does`);
      throw err;
    }
  }

  private columns(
    header: CsvRecord | undefined,
  ): Record<(typeof REQUIRED)[number], number> & { organisation?: number } {
    const names = (header?.cells ?? []).map((c) => c.trim().toLowerCase());
    const missing = REQUIRED.filter((c) => !names.includes(c));
    if (missing.length > 0) {
      throw ApiException.invalid(
        'file',
        `header row must name the columns email;displayName;audience[;organisation] (missing ${missing.join(', ')})`,
      );
    }
    const organisation = names.indexOf('organisation');
    return {
      email: names.indexOf('email'),
      displayname: names.indexOf('displayname'),
      audience: names.indexOf('audience'),
      ...(organisation >= 0 ? { organisation } : {}),
    };
  }
}

function cell(record: CsvRecord, index: number): string {
  return (record.cells[index] ?? '').trim();
}
