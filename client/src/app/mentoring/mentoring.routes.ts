import type { Routes } from '@angular/router';

import { roleGuard } from '../core/auth/auth-guards';

const coordinators = roleGuard(['admin', 'coordinator']);

/** Child routes of `/mentoring` (signed-in people); `title`s are dictionary keys. The server decides who may do what. */
export const mentoringRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'mentoring.programs.listTitle',
    loadComponent: () => import('./programs/program-list').then((m) => m.ProgramList),
  },
  {
    path: 'programs/new',
    title: 'mentoring.programs.newTitle',
    canActivate: [coordinators],
    loadComponent: () => import('./programs/program-form').then((m) => m.ProgramForm),
  },
  {
    path: 'programs/:id',
    title: 'mentoring.programs.pageTitle',
    loadComponent: () => import('./programs/program-page').then((m) => m.ProgramPage),
  },
  {
    path: 'programs/:id/edit',
    title: 'mentoring.programs.editTitle',
    canActivate: [coordinators],
    loadComponent: () => import('./programs/program-form').then((m) => m.ProgramForm),
  },
  {
    path: 'programs/:id/mentor',
    title: 'mentoring.programs.mentorFormTitle',
    loadComponent: () => import('./programs/mentor-profile-form').then((m) => m.MentorProfileForm),
  },
  {
    path: 'programs/:id/mentee',
    title: 'mentoring.programs.menteeFormTitle',
    loadComponent: () => import('./programs/mentee-request-form').then((m) => m.MenteeRequestForm),
  },
  {
    path: 'programs/:id/matching',
    title: 'mentoring.matching.pageTitle',
    canActivate: [coordinators],
    loadComponent: () => import('./matching/matching-review').then((m) => m.MatchingReview),
  },
  {
    path: 'programs/:id/health',
    title: 'mentoring.matching.healthTitle',
    canActivate: [coordinators],
    loadComponent: () => import('./matching/program-health').then((m) => m.ProgramHealth),
  },
  {
    // Coordinators and decision-makers (the server scopes it to their municipalities).
    path: 'programs/:id/report',
    title: 'mentoring.matching.reportTitle',
    loadComponent: () => import('./matching/program-report').then((m) => m.ProgramReport),
  },
  {
    path: 'pairings',
    title: 'mentoring.pairings.listTitle',
    loadComponent: () => import('./pairings/my-pairings').then((m) => m.MyPairings),
  },
  {
    path: 'pairings/:id',
    title: 'mentoring.pairings.pageTitle',
    loadComponent: () => import('./pairings/pairing-page').then((m) => m.PairingPage),
  },
];
