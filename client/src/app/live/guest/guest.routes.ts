import type { Routes } from '@angular/router';

/** `/s/:slug` and `/s/:slug/cancel/:token`: an info session's public registration, no login. */
export const registrationRoutes: Routes = [
  {
    path: ':slug',
    title: 'guest.register.title',
    loadComponent: () => import('./registration-page').then((m) => m.RegistrationPage),
  },
  {
    path: ':slug/cancel/:token',
    title: 'guest.cancel.title',
    loadComponent: () => import('./cancel-page').then((m) => m.CancelRegistrationPage),
  },
];
