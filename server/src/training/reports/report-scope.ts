import { type Principal, reportableMunicipalities } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';

/** Whose enrollments a reader may count: municipalities (admins all) and, for employers, their own organisation. */
export interface ReportScope {
  all: boolean;
  municipalityIds: string[];
  organisationId: string | null;
  /** Admins, coordinators and employers work with the people themselves; a decision-maker reads figures, not names. */
  namesLearners: boolean;
}

export function reportScope(me: Principal): ReportScope {
  const municipalities = reportableMunicipalities(me);
  const organisationId = me.audience === 'employer' && me.organisationId ? me.organisationId : null;
  if (municipalities === 'all') return { all: true, municipalityIds: [], organisationId: null, namesLearners: true };
  if (municipalities.length === 0 && organisationId === null) {
    throw ApiException.forbidden('Reports are for decision-makers, coordinators, employers and admins');
  }
  return {
    all: false,
    municipalityIds: municipalities,
    organisationId,
    namesLearners: me.role === 'coordinator' || organisationId !== null,
  };
}

/** SQL condition on the learner `u`; its parameters start at `$first`. */
export function scopeCondition(scope: ReportScope, first: number): { sql: string; params: unknown[] } {
  return {
    sql: `($${first}::boolean OR u.municipality_id = ANY($${first + 1}::uuid[]) OR u.organisation_id = $${first + 2}::uuid)`,
    params: [scope.all, scope.municipalityIds, scope.organisationId],
  };
}
