import type { SiteInfo } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { catchError, of } from 'rxjs';

/**
 * The deployment's provider, contacts and retention times (`GET /api/site`), fetched before a legal page renders.
 * Unreachable: the page still renders, saying where the deployment-specific parts would be.
 */
export const siteResolver: ResolveFn<SiteInfo | null> = () =>
  inject(HttpClient)
    .get<SiteInfo>('/api/site')
    .pipe(catchError(() => of(null)));
