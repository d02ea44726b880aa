import { HttpContextToken } from '@angular/common/http';

/** Set on requests whose 401 is an answer, not a lost session (the initial `me` probe, login, password checks). */
export const SKIP_AUTH_REDIRECT = new HttpContextToken<boolean>(() => false);
