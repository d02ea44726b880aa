import type { Me, Role } from '@kotopaikka/contracts';

/** Roles that manage people and invitations (coordinators within their municipalities). */
export const PEOPLE_MANAGERS: readonly Role[] = ['admin', 'coordinator'];

export function canManagePeople(me: Me): boolean {
  return PEOPLE_MANAGERS.includes(me.role);
}

export function isAdmin(me: Me): boolean {
  return me.role === 'admin';
}

export function canReadReports(me: Me): boolean {
  return me.role === 'admin' || me.role === 'coordinator' || me.audience === 'decision_maker';
}
