import { ErrorCode } from '@kotopaikka/contracts';

import {
  HttpErrorResponse,
  type HttpEvent,
  type HttpHandlerFn,
  type HttpInterceptorFn,
  type HttpRequest,
  HttpResponse,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, type Observable, switchMap, tap, throwError } from 'rxjs';

import { apiErrorCode } from './api-error';
import { CsrfToken } from './csrf-token';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sendWithToken(
  req: HttpRequest<unknown>,
  next: HttpHandlerFn,
  csrf: CsrfToken,
): Observable<HttpEvent<unknown>> {
  return csrf.get().pipe(
    switchMap((token) => next(req.clone({ setHeaders: { 'X-CSRF-Token': token } }))),
    tap((event) => {
      const rotated = event instanceof HttpResponse ? event.headers.get('X-CSRF-Token') : null;
      if (rotated) csrf.set(rotated);
    }),
  );
}

/** Adds `X-CSRF-Token` to every state-changing API call; on 403 `csrf_invalid` fetches a fresh token and retries once. */
export const csrfInterceptor: HttpInterceptorFn = (req, next) => {
  if (!STATE_CHANGING.has(req.method) || !req.url.startsWith('/api/')) return next(req);
  const csrf = inject(CsrfToken);
  return sendWithToken(req, next, csrf).pipe(
    catchError((error: unknown) => {
      if (
        !(error instanceof HttpErrorResponse) ||
        error.status !== 403 ||
        apiErrorCode(error) !== ErrorCode.CsrfInvalid
      ) {
        return throwError(() => error);
      }
      csrf.reset();
      return sendWithToken(req, next, csrf);
    }),
  );
};
