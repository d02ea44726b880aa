import type { Role } from '@kotopaikka/contracts';

import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';

import { canReadReports } from './permissions';
import { SessionStore } from './session-store';

/** Logged-in users only; others go to login and come back here afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const me = await session.ensureLoaded();
  return me ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Only the given roles; a logged-in user without one goes home, an anonymous one to login. */
export function roleGuard(roles: readonly Role[]): CanActivateFn {
  return async (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    const me = await session.ensureLoaded();
    if (!me) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    return roles.includes(me.role) ? true : router.createUrlTree(['/']);
  };
}

/** Anonymous pages (login): a logged-in user is sent home instead. */
export const anonymousGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const me = await session.ensureLoaded();
  return me ? router.createUrlTree(['/']) : true;
};

/** Reports: decision-makers (their own municipality), coordinators and admins. */
export const reportsGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const me = await session.ensureLoaded();
  if (!me) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  return canReadReports(me) ? true : router.createUrlTree(['/']);
};
