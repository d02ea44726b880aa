import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';

import { appRoutes } from './app.routes';
import { authRedirectInterceptor } from './core/http/auth-redirect-interceptor';
import { csrfInterceptor } from './core/http/csrf-interceptor';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';
import { liveHomePanels } from './live/home/live-home-panels';
import { reportsHomePanels } from './reports/home/reports-home-panels';
import { notificationsHomePanels } from './shell/notifications/notifications-home-panels';
import { trainingHomePanels } from './training/home/training-home-panels';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(withFetch(), withInterceptors([csrfInterceptor, authRedirectInterceptor])),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      // `/profile#email` scrolls to the e-mail preferences.
      withInMemoryScrolling({ anchorScrolling: 'enabled', scrollPositionRestoration: 'enabled' }),
    ),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // Home page panels, one line per capability.
    ...trainingHomePanels,
    ...liveHomePanels,
    ...reportsHomePanels,
    ...notificationsHomePanels,
  ],
};
