import { inject } from '@angular/core';
import { type CanMatchFn, Router } from '@angular/router';

import { SessionStore } from '../core/auth/session-store';

/** Organisations, audit and mail are for admins; a coordinator lands on the user list instead. */
export const adminOnly: CanMatchFn = () =>
  inject(SessionStore).me()?.role === 'admin' || inject(Router).parseUrl('/admin/users');
