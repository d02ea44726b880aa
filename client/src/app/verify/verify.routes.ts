import type { Routes } from '@angular/router';

/** `/verify` and `/verify/:code`: public, no login. */
export const verifyRoutes: Routes = [
  { path: '', title: 'verify.title', loadComponent: () => import('./verify-page').then((m) => m.VerifyPage) },
  { path: ':code', title: 'verify.title', loadComponent: () => import('./verify-page').then((m) => m.VerifyPage) },
];
