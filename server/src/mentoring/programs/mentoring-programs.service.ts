import {
  ErrorCode,
  MENTORING_PROGRAM_STATUSES,
  type MentoringProgram,
  type MentoringProgramStatus,
  type MentoringWeights,
} from '@kotopaikka/contracts';
import type { MatchingWeights } from '@kotopaikka/matching';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import type {
  CreateMentoringProgramDto,
  MentoringProgramTransitionDto,
  UpdateMentoringProgramDto,
} from './dto/mentoring-program.dto';
import { managesProgram, visibilityParams, VISIBLE_PROGRAM_SQL } from './program-scope';

interface ProgramRow {
  id: string;
  name: string;
  description: { fi?: string; en?: string };
  starts_on: string;
  ends_on: string;
  weights: MentoringWeights;
  minimum_score: number;
  same_municipality: boolean;
  exclude_same_organisation: boolean;
  status: MentoringProgramStatus;
  municipalities: { id: string; name: string }[];
}

const PROGRAM_SELECT = `
  SELECT p.id, p.name, p.description, to_char(p.starts_on, 'YYYY-MM-DD') AS starts_on,
         to_char(p.ends_on, 'YYYY-MM-DD') AS ends_on, p.weights, p.minimum_score, p.same_municipality,
         p.exclude_same_organisation, p.status,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('id', m.id, 'name', m.name) ORDER BY m.name), '[]')
            FROM mentoring_program_municipality pm JOIN municipality m ON m.id = pm.municipality_id
           WHERE pm.program_id = p.id) AS municipalities
  FROM mentoring_program p`;

/** The program a person may see, with what managing it needs; 404 when it is not theirs to see. */
export interface VisibleProgram {
  row: ProgramRow;
  municipalityIds: string[];
  mayManage: boolean;
}

function toProgram(row: ProgramRow, actor: Principal): MentoringProgram {
  return {
    id: row.id,
    name: row.name,
    description: { fi: row.description.fi ?? '', en: row.description.en ?? '' },
    municipalities: row.municipalities,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    matching: {
      weights: row.weights,
      minimumScore: row.minimum_score,
      sameMunicipality: row.same_municipality,
      excludeSameOrganisation: row.exclude_same_organisation,
    },
    status: row.status,
    mayManage: managesProgram(
      actor,
      row.municipalities.map((m) => m.id),
    ),
  };
}

/**
 * Mentoring programs. Admins manage all; a coordinator manages a program only when they manage every one of its
 * municipalities (a regional program is not one municipality's to change). Status goes forward one step at a time.
 */
@Injectable()
export class MentoringProgramsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Principal): Promise<MentoringProgram[]> {
    const rows: ProgramRow[] = await this.db.query(
      `${PROGRAM_SELECT} WHERE ${VISIBLE_PROGRAM_SQL} ORDER BY p.starts_on DESC, p.name, p.id`,
      visibilityParams(actor),
    );
    return rows.map((r) => toProgram(r, actor));
  }

  async detail(actor: Principal, id: string): Promise<MentoringProgram> {
    return toProgram((await this.visible(this.db.manager, actor, id)).row, actor);
  }

  /** The program if the person may see it (locked FOR UPDATE when `lock`), else 404. */
  async visible(m: EntityManager, actor: Principal, id: string, lock = false): Promise<VisibleProgram> {
    const rows: ProgramRow[] = await m.query(
      `${PROGRAM_SELECT} WHERE p.id = $4 AND ${VISIBLE_PROGRAM_SQL}${lock ? ' FOR UPDATE OF p' : ''}`,
      [...visibilityParams(actor), id],
    );
    if (rows.length === 0) throw ApiException.notFound('Mentoring program');
    const municipalityIds = rows[0].municipalities.map((x) => x.id);
    return { row: rows[0], municipalityIds, mayManage: managesProgram(actor, municipalityIds) };
  }

  /** The program, if the person manages it: 404 when they may not see it, 403 when they may only see it. */
  async managed(m: EntityManager, actor: Principal, id: string, lock = true): Promise<VisibleProgram> {
    const program = await this.visible(m, actor, id, lock);
    if (!program.mayManage) throw ApiException.forbidden('Only the coordinators of all its municipalities manage it');
    return program;
  }

  async create(actor: Principal, dto: CreateMentoringProgramDto): Promise<MentoringProgram> {
    const id = await this.db.transaction(async (m) => {
      await this.checkMunicipalities(m, actor, dto.municipalityIds);
      if (dto.endsOn < dto.startsOn) throw ApiException.invalid('endsOn', 'must be on or after startsOn');
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO mentoring_program (name, description, starts_on, ends_on, weights, minimum_score,
                                        same_municipality, exclude_same_organisation, created_by)
         VALUES ($1, $2::jsonb, $3, $4, $5::jsonb, $6, $7, $8, $9) RETURNING id`,
        [
          dto.name,
          JSON.stringify(dto.description),
          dto.startsOn,
          dto.endsOn,
          JSON.stringify(weightsOf(dto.matching.weights)),
          dto.matching.minimumScore,
          dto.matching.sameMunicipality,
          dto.matching.excludeSameOrganisation,
          actor.id,
        ],
      );
      await writeMunicipalities(m, id, dto.municipalityIds);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'mentoring_program.create',
          entityType: 'mentoring_program',
          entityId: id,
          details: { name: dto.name, municipalityIds: dto.municipalityIds },
        },
        m,
      );
      return id;
    });
    return this.detail(actor, id);
  }

  async update(actor: Principal, id: string, dto: UpdateMentoringProgramDto): Promise<MentoringProgram> {
    await this.db.transaction(async (m) => {
      const { row } = await this.managed(m, actor, id);
      if (row.status === 'closed') throw ApiException.conflict(ErrorCode.Conflict, 'A closed program does not change');
      if (dto.municipalityIds) await this.checkMunicipalities(m, actor, dto.municipalityIds);
      const startsOn = dto.startsOn ?? row.starts_on;
      const endsOn = dto.endsOn ?? row.ends_on;
      if (endsOn < startsOn) throw ApiException.invalid('endsOn', 'must be on or after startsOn');
      const matching = dto.matching;
      await m.query(
        `UPDATE mentoring_program
            SET name = $2, description = $3::jsonb, starts_on = $4, ends_on = $5, weights = $6::jsonb,
                minimum_score = $7, same_municipality = $8, exclude_same_organisation = $9, updated_at = now()
          WHERE id = $1`,
        [
          id,
          dto.name ?? row.name,
          JSON.stringify(dto.description ?? row.description),
          startsOn,
          endsOn,
          JSON.stringify(matching ? weightsOf(matching.weights) : row.weights),
          matching?.minimumScore ?? row.minimum_score,
          matching?.sameMunicipality ?? row.same_municipality,
          matching?.excludeSameOrganisation ?? row.exclude_same_organisation,
        ],
      );
      if (dto.municipalityIds) {
        await refuseStrandedPeople(m, id, dto.municipalityIds);
        await m.query(`DELETE FROM mentoring_program_municipality WHERE program_id = $1`, [id]);
        await writeMunicipalities(m, id, dto.municipalityIds);
      }
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'mentoring_program.update',
          entityType: 'mentoring_program',
          entityId: id,
          details: { fields: Object.keys(dto).filter((k) => dto[k as keyof typeof dto] !== undefined) },
        },
        m,
      );
    });
    return this.detail(actor, id);
  }

  async transition(actor: Principal, id: string, dto: MentoringProgramTransitionDto): Promise<MentoringProgram> {
    await this.db.transaction(async (m) => {
      const { row } = await this.managed(m, actor, id);
      const next = MENTORING_PROGRAM_STATUSES[MENTORING_PROGRAM_STATUSES.indexOf(row.status) + 1];
      if (dto.status !== next)
        throw ApiException.conflict(
          ErrorCode.Conflict,
          next ? `A ${row.status} program moves on only to ${next}` : 'A closed program does not move on',
          [{ field: 'status', problems: [next ? `must be ${next}` : 'the program is closed'] }],
        );
      await m.query(`UPDATE mentoring_program SET status = $2, updated_at = now() WHERE id = $1`, [id, next]);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'mentoring_program.transition',
          entityType: 'mentoring_program',
          entityId: id,
          details: { from: row.status, to: next },
        },
        m,
      );
    });
    return this.detail(actor, id);
  }

  /** Unknown municipalities are a 400 naming the field; ones the coordinator does not manage a 403. */
  private async checkMunicipalities(m: EntityManager, actor: Principal, ids: string[]): Promise<void> {
    const known: { id: string }[] = await m.query(`SELECT id FROM municipality WHERE id = ANY($1::uuid[])`, [ids]);
    if (known.length !== ids.length) throw ApiException.invalid('municipalityIds', 'names an unknown municipality');
    if (!managesProgram(actor, ids))
      throw ApiException.forbidden('You run programs only in municipalities you manage, every one of them');
  }
}

/** The engine's six factors, in its order; typed both ways, so a change of libs/matching's factors fails to compile. */
function weightsOf(w: MatchingWeights): MentoringWeights {
  return {
    expertise: w.expertise,
    sector: w.sector,
    language: w.language,
    municipality: w.municipality,
    availability: w.availability,
    mode: w.mode,
  };
}

/** A municipality cannot leave a program while mentors or mentees of it are signed up there. */
async function refuseStrandedPeople(m: EntityManager, programId: string, municipalityIds: string[]): Promise<void> {
  const [{ n }]: { n: number }[] = await m.query(
    `SELECT (SELECT count(*) FROM mentor_profile
              WHERE program_id = $1 AND status IN ('pending', 'approved') AND NOT municipality_id = ANY($2::uuid[]))::int
          + (SELECT count(*) FROM mentee_request
              WHERE program_id = $1 AND status = 'open' AND NOT municipality_id = ANY($2::uuid[]))::int AS n`,
    [programId, municipalityIds],
  );
  if (n > 0)
    throw ApiException.conflict(ErrorCode.Conflict, 'Mentors or mentees of a municipality you remove are signed up', [
      { field: 'municipalityIds', problems: [`${n} people signed up in a municipality left out`] },
    ]);
}

async function writeMunicipalities(m: EntityManager, programId: string, ids: string[]): Promise<void> {
  await m.query(
    `INSERT INTO mentoring_program_municipality (program_id, municipality_id) SELECT $1, unnest($2::uuid[])`,
    [programId, ids],
  );
}
