import { ErrorCode } from '@kotopaikka/contracts';

import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { SessionStore } from '../auth/session-store';
import { apiErrorCode } from './api-error';
import { SKIP_AUTH_REDIRECT } from './http-context';

/** A 401 anywhere else means the session ended: forget the user and go to login, coming back here afterwards. */
export const authRedirectInterceptor: HttpInterceptorFn = (req, next) => {
  if (req.context.get(SKIP_AUTH_REDIRECT)) return next(req);
  const session = inject(SessionStore);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        apiErrorCode(error) !== ErrorCode.InvalidCredentials
      ) {
        session.clear();
        const returnUrl = router.url;
        if (!returnUrl.startsWith('/login')) void router.navigate(['/login'], { queryParams: { returnUrl } });
      }
      return throwError(() => error);
    }),
  );
};
