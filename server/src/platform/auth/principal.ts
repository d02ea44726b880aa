import type { Audience, Role } from '@kotopaikka/contracts';

/** The signed-in person as the server sees them on a request or socket. */
export interface Principal {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  audience: Audience;
  municipalityId: string | null;
  organisationId: string | null;
  /** Coordinators: the municipalities they manage (their home municipality is not implied). */
  managedMunicipalityIds: string[];
  /** The language saved on the person (a locale code; check it against the supported ones before use). */
  locale: string;
  sessionTokenHash: string;
}

/** Whether the person may administer people and content of a municipality. */
export function managesMunicipality(p: Principal, municipalityId: string | null): boolean {
  if (p.role === 'admin') return true;
  if (p.role !== 'coordinator' || municipalityId === null) return false;
  return p.managedMunicipalityIds.includes(municipalityId);
}

/** Municipalities whose reports the person may read; `'all'` for admins. */
export function reportableMunicipalities(p: Principal): string[] | 'all' {
  if (p.role === 'admin') return 'all';
  if (p.role === 'coordinator') return p.managedMunicipalityIds;
  if (p.audience === 'decision_maker' && p.municipalityId) return [p.municipalityId];
  return [];
}
