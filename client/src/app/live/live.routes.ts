import type { Routes } from '@angular/router';

import { roleGuard } from '../core/auth/auth-guards';

/** Child routes of `/live` (signed-in people); `title`s are dictionary keys. The server decides who may do what. */
export const liveRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'live.list.title',
    loadComponent: () => import('./list/live-session-list').then((m) => m.LiveSessionList),
  },
  {
    path: 'new',
    title: 'live.form.newTitle',
    canActivate: [roleGuard(['admin', 'coordinator'])],
    loadComponent: () => import('./form/live-session-form').then((m) => m.LiveSessionForm),
  },
  {
    path: ':id',
    title: 'live.detail.pageTitle',
    loadComponent: () => import('./detail/live-session-page').then((m) => m.LiveSessionPage),
  },
  {
    path: ':id/edit',
    title: 'live.form.editTitle',
    loadComponent: () => import('./form/live-session-form').then((m) => m.LiveSessionForm),
  },
  {
    path: ':id/report',
    title: 'live.report.pageTitle',
    loadComponent: () => import('./report/live-report-page').then((m) => m.LiveReportPage),
  },
  {
    path: ':id/room',
    title: 'live.room.title',
    loadComponent: () => import('./room/live-room-page').then((m) => m.LiveRoomPage),
  },
];
