import { inject } from '@angular/core';
import { type CanMatchFn, Router } from '@angular/router';

import { SessionStore } from '../core/auth/session-store';

/**
 * Organisations, audit and mail are for admins; a coordinator lands on the user list instead.
 * Matching runs before the parent's canActivate, so wait for the session probe here too.
 */
export const adminOnly: CanMatchFn = async () => {
  const router = inject(Router);
  const me = await inject(SessionStore).ensureLoaded();
  return me?.role === 'admin' || router.parseUrl('/admin/users');
};
