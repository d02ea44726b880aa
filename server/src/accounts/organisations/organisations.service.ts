import { ErrorCode, type Organisation, type Page } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { TableRow } from '../../database/table-row';
import { AuditService } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { DEFAULT_PAGE_SIZE } from '../../platform/http/page-query.dto';
import { decodeCursor, isUniqueViolation, likePattern, SqlParams, toPage } from '../../platform/http/sql-support';
import type { MunicipalityEntity } from '../municipalities/municipality.entity';
import { assertAdministers } from '../users/people-scope';
import type { CreateOrganisationDto, OrganisationListQueryDto, UpdateOrganisationDto } from './dto/organisation.dto';
import type { OrganisationEntity } from './organisation.entity';

type OrganisationRow = TableRow<OrganisationEntity, 'id' | 'name' | 'kind' | 'municipalityId'> & {
  municipality_name: MunicipalityEntity['name'];
  /** lower(name) as PostgreSQL folds it (JavaScript folds İ and a final Σ otherwise): the sort key in the cursor. */
  sort_name: string;
};

const SELECT = `
  SELECT o.id, o.name, o.kind, o.municipality_id, m.name AS municipality_name, lower(o.name) AS sort_name
    FROM organisation o JOIN municipality m ON m.id = o.municipality_id`;

function toOrganisation(r: OrganisationRow): Organisation {
  return { id: r.id, name: r.name, kind: r.kind, municipality: { id: r.municipality_id, name: r.municipality_name } };
}

/**
 * Employers and municipal units. Anyone signed in may list them (profile and invitation forms);
 * admins and the coordinators of the municipality create and rename them; only admins delete
 * (deleting detaches people, which is an admin's call).
 */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: OrganisationListQueryDto): Promise<Page<Organisation>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['text', 'uuid']);
    const p = new SqlParams();
    const where: string[] = [];
    if (query.municipalityId) where.push(`o.municipality_id = ${p.add(query.municipalityId)}`);
    if (query.kind) where.push(`o.kind = ${p.add(query.kind)}`);
    if (query.q?.trim()) where.push(`o.name ILIKE ${p.add(likePattern(query.q.trim()))}`);
    if (after) where.push(`(lower(o.name), o.id) > (${p.add(after[0])}, ${p.add(after[1])}::uuid)`);
    const rows: OrganisationRow[] = await this.db.query(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY lower(o.name), o.id LIMIT ${p.add(limit + 1)}`,
      p.values,
    );
    return toPage(rows, limit, toOrganisation, (r) => [r.sort_name, r.id]);
  }

  async get(id: string): Promise<Organisation> {
    return toOrganisation(await this.find(this.db.manager, id));
  }

  async create(actor: Principal, dto: CreateOrganisationDto): Promise<Organisation> {
    const exists: unknown[] = await this.db.query(`SELECT 1 FROM municipality WHERE id = $1`, [dto.municipalityId]);
    if (exists.length === 0) throw ApiException.invalid('municipalityId', 'no such municipality');
    assertAdministers(actor, dto.municipalityId);
    return this.uniqueName(() =>
      this.db.transaction(async (m) => {
        const [{ id }]: { id: string }[] = await m.query(
          `INSERT INTO organisation (name, kind, municipality_id) VALUES ($1, $2, $3) RETURNING id`,
          [dto.name, dto.kind, dto.municipalityId],
        );
        await this.audit.record(
          {
            actorId: actor.id,
            action: 'organisation.create',
            entityType: 'organisation',
            entityId: id,
            details: { ...dto },
          },
          m,
        );
        return toOrganisation(await this.find(m, id));
      }),
    );
  }

  async update(actor: Principal, id: string, dto: UpdateOrganisationDto): Promise<Organisation> {
    return this.uniqueName(() =>
      this.db.transaction(async (m) => {
        const before = await this.find(m, id, true);
        assertAdministers(actor, before.municipality_id);
        const name = dto.name ?? before.name;
        const kind = dto.kind ?? before.kind;
        if (name === before.name && kind === before.kind) return toOrganisation(before);
        await m.query(`UPDATE organisation SET name = $2, kind = $3, updated_at = now() WHERE id = $1`, [
          id,
          name,
          kind,
        ]);
        await this.audit.record(
          {
            actorId: actor.id,
            action: 'organisation.update',
            entityType: 'organisation',
            entityId: id,
            details: { from: { name: before.name, kind: before.kind }, to: { name, kind } },
          },
          m,
        );
        return toOrganisation(await this.find(m, id));
      }),
    );
  }

  async remove(actor: Principal, id: string): Promise<Organisation> {
    return this.db.transaction(async (m) => {
      const before = await this.find(m, id, true);
      // People keep their accounts; the foreign key detaches them (ON DELETE SET NULL).
      const [{ count }]: { count: number }[] = await m.query(
        `SELECT count(*)::int AS count FROM app_user WHERE organisation_id = $1`,
        [id],
      );
      await m.query(`DELETE FROM organisation WHERE id = $1`, [id]);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'organisation.delete',
          entityType: 'organisation',
          entityId: id,
          details: { name: before.name, municipalityId: before.municipality_id, detachedPeople: count },
        },
        m,
      );
      return toOrganisation(before);
    });
  }

  private async find(m: EntityManager, id: string, lock = false): Promise<OrganisationRow> {
    const rows: OrganisationRow[] = await m.query(`${SELECT} WHERE o.id = $1 ${lock ? 'FOR UPDATE OF o' : ''}`, [id]);
    if (!rows[0]) throw ApiException.notFound('Organisation');
    return rows[0];
  }

  private async uniqueName<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (isUniqueViolation(err, 'uq_organisation_municipality_name')) {
        throw ApiException.conflict(ErrorCode.Conflict, 'An organisation of this name exists in the municipality', [
          { field: 'name', problems: ['already used in this municipality'] },
        ]);
      }
      throw err;
    }
  }
}
