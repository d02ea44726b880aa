import type { MentoringProgramStatus } from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

import { type Principal, reportableMunicipalities } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { visibilityParams, VISIBLE_PROGRAM_SQL } from '../programs/program-scope';

export interface InsightProgram {
  id: string;
  name: string;
  status: MentoringProgramStatus;
  municipalityIds: string[];
  /** Seen through the programs' own rules (VISIBLE_PROGRAM_SQL). */
  visible: boolean;
}

/** Whose figures a report reader gets: every municipality (`null`), or those listed. */
export interface InsightScope {
  municipalityIds: string[] | null;
  /** A decision-maker reads figures, not people: counts of 1–4 are withheld. */
  withholdsSmallGroups: boolean;
}

async function programOf(m: EntityManager, actor: Principal, programId: string): Promise<InsightProgram | null> {
  const rows: (Omit<InsightProgram, 'municipalityIds'> & { municipality_ids: string[] })[] = await m.query(
    `SELECT p.id, p.name, p.status, ${VISIBLE_PROGRAM_SQL} AS visible,
            ARRAY(SELECT pm.municipality_id FROM mentoring_program_municipality pm WHERE pm.program_id = p.id)::text[]
              AS municipality_ids
       FROM mentoring_program p WHERE p.id = $4`,
    [...visibilityParams(actor), programId],
  );
  if (rows.length === 0) return null;
  const { municipality_ids, ...rest } = rows[0];
  return { ...rest, municipalityIds: municipality_ids };
}

/** 403 for someone who sees the program but may not read this about it; 404 for someone who does not see it. */
function refuse(program: InsightProgram | null, what: string): never {
  if (program?.visible) throw ApiException.forbidden(what);
  throw ApiException.notFound('Mentoring program');
}

/**
 * The program for its health: admins and those who coordinate one of its municipalities (the pairings' overseers,
 * as `pairingFor`). It names people and their troubles, so decision-makers and members get 403 (404 unseen).
 */
export async function programForHealth(m: EntityManager, actor: Principal, programId: string): Promise<InsightProgram> {
  const program = await programOf(m, actor, programId);
  const oversees =
    actor.role === 'admin' ||
    (actor.role === 'coordinator' &&
      !!program?.municipalityIds.some((id) => actor.managedMunicipalityIds.includes(id)));
  if (!program || !oversees) refuse(program, 'A program’s health is for its coordinators');
  return program;
}

/**
 * The program for its report and the reader's scope, as the training reports decide it: admins all, coordinators
 * the municipalities they manage, decision-makers their own; only a program touching that scope, and for a
 * decision-maker not a draft (nobody's figures yet). Everyone else: 403 if they see the program, else 404.
 */
export async function programForReport(
  m: EntityManager,
  actor: Principal,
  programId: string,
): Promise<{ program: InsightProgram; scope: InsightScope }> {
  const program = await programOf(m, actor, programId);
  const municipalities = reportableMunicipalities(actor);
  const reads =
    !!program &&
    (municipalities === 'all' ||
      (program.municipalityIds.some((id) => municipalities.includes(id)) &&
        (actor.role === 'coordinator' || program.status !== 'draft')));
  if (!program || !reads) refuse(program, 'A program’s report is for its coordinators and decision-makers');
  return {
    program,
    scope: {
      municipalityIds: municipalities === 'all' ? null : municipalities,
      withholdsSmallGroups: actor.role !== 'admin' && actor.role !== 'coordinator',
    },
  };
}
