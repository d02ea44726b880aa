import { parse as parseCookies } from 'cookie';
import type { CookieOptions, NextFunction, Request, Response } from 'express';

import type { AppConfig } from '../../config/config';
import { CSRF_COOKIE, newToken, SESSION_COOKIE } from './session.service';

/** Middleware: `req.cookies` from the Cookie header, by the parser the Socket.IO handshake uses too. */
export function readCookies(req: Request, _res: Response, next: NextFunction): void {
  req.cookies = req.headers.cookie ? parseCookies(req.headers.cookie) : {};
  next();
}

const CSRF_TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

// No Max-Age: the cookie ends with the browser session, and the server's absolute timeout ends it anyway.
function baseOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, path: '/' };
}

export function setSessionCookie(res: Response, config: AppConfig, token: string): void {
  res.cookie(SESSION_COOKIE, token, baseOptions(config));
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, baseOptions(config));
}

/** The CSRF token of the browser, issuing one when it has none (or a malformed one). */
export function ensureCsrfCookie(req: Request, res: Response, config: AppConfig): string {
  const current = req.cookies?.[CSRF_COOKIE] as unknown;
  if (typeof current === 'string' && CSRF_TOKEN_SHAPE.test(current)) return current;
  return rotateCsrfCookie(res, config);
}

/** A fresh CSRF token (at sign-in, so a token planted before it is worthless after). */
export function rotateCsrfCookie(res: Response, config: AppConfig): string {
  const token = newToken();
  res.cookie(CSRF_COOKIE, token, baseOptions(config));
  return token;
}
