import type { Routes } from '@angular/router';

import { anonymousGuard, authGuard, reportsGuard, roleGuard } from './core/auth/auth-guards';
import { textsOf } from './core/i18n/dictionaries';
import { siteResolver } from './legal/site-api';

/**
 * Every page is lazy; `title` is a dictionary key (see TranslatedTitleStrategy). A page's texts come with it:
 * `canMatch: [textsOf(...)]` registers them, and the core texts, before the page renders (the shell's are always there).
 */
export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [authGuard],
    title: 'shell.nav.home',
    // The panels that capabilities add to the home page use admin's audience names and the reports' small-group note.
    canMatch: [textsOf('home', 'admin', 'reports')],
    loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
  },
  {
    path: 'login',
    canActivate: [anonymousGuard],
    title: 'auth.login.title',
    canMatch: [textsOf('auth')],
    loadComponent: () => import('./auth/login/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'forgot-password',
    title: 'auth.forgot.title',
    canMatch: [textsOf('auth')],
    loadComponent: () => import('./auth/forgot-password/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password/:token',
    title: 'auth.reset.title',
    canMatch: [textsOf('auth')],
    loadComponent: () => import('./auth/reset-password/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'invitation/:token',
    title: 'auth.invitation.title',
    canMatch: [textsOf('auth')],
    loadComponent: () => import('./auth/invitation/invitation-page').then((m) => m.InvitationPage),
  },
  {
    path: 'profile',
    canActivate: [authGuard],
    title: 'profile.title',
    // Changing the password uses the same fields and rules as setting one (auth's).
    canMatch: [textsOf('profile', 'auth')],
    loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
  },
  {
    path: 'unsubscribe',
    title: 'profile.unsubscribe.title',
    canMatch: [textsOf('profile')],
    loadComponent: () => import('./profile/unsubscribe/unsubscribe-page').then((m) => m.UnsubscribePage),
  },
  {
    path: 'learning',
    canMatch: [textsOf('training', 'admin')],
    canActivate: [authGuard],
    loadChildren: () => import('./training/training.routes').then((m) => m.trainingRoutes),
  },
  {
    path: 'live',
    // admin: the audience names that invitees and the form show.
    canMatch: [textsOf('live', 'admin')],
    canActivate: [authGuard],
    loadChildren: () => import('./live/live.routes').then((m) => m.liveRoutes),
  },
  {
    path: 'mentoring',
    // admin: audience names; live: a scheduled meeting is a live session.
    canMatch: [textsOf('mentoring', 'admin')],
    canActivate: [authGuard],
    loadChildren: () => import('./mentoring/mentoring.routes').then((m) => m.mentoringRoutes),
  },
  {
    path: 'verify',
    canMatch: [textsOf('verify')],
    loadChildren: () => import('./verify/verify.routes').then((m) => m.verifyRoutes),
  },
  {
    path: 'reports',
    canActivate: [reportsGuard],
    title: 'reports.title',
    canMatch: [textsOf('reports', 'admin')],
    loadComponent: () => import('./reports/report-page').then((m) => m.ReportPage),
  },
  {
    path: 'authoring',
    canMatch: [textsOf('authoring', 'admin')],
    canActivate: [authGuard, roleGuard(['admin', 'coordinator'])],
    loadChildren: () => import('./authoring/authoring.routes').then((m) => m.authoringRoutes),
  },
  {
    path: 'admin',
    canMatch: [textsOf('admin')],
    canActivate: [authGuard, roleGuard(['admin', 'coordinator'])],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: 'accessibility',
    title: 'legal.accessibility.title',
    canMatch: [textsOf('legal')],
    resolve: { site: siteResolver },
    loadComponent: () => import('./legal/accessibility-page').then((m) => m.AccessibilityPage),
  },
  {
    path: 'privacy',
    title: 'legal.privacy.title',
    canMatch: [textsOf('legal')],
    resolve: { site: siteResolver },
    loadComponent: () => import('./legal/privacy-page').then((m) => m.PrivacyPage),
  },
  {
    // An info session's public registration and cancel pages, for people without an account.
    path: 's',
    canMatch: [textsOf('guest')],
    loadChildren: () => import('./live/guest/guest.routes').then((m) => m.registrationRoutes),
  },
  {
    // Where a registrant's personal join link lands; the room opens here for the link's guest.
    path: 'join/:token',
    title: 'guest.join.title',
    canMatch: [textsOf('guest', 'live')],
    loadComponent: () => import('./live/guest/join-page').then((m) => m.JoinPage),
  },
  {
    path: '**',
    title: 'shell.notFound.title',
    loadComponent: () => import('./shell/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
