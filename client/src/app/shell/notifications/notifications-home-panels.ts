import { provideHomePanel } from '../../home/home-panels';

/** Unread notifications on everyone's home page. */
export const notificationsHomePanels = [
  provideHomePanel({
    id: 'notifications',
    order: 30,
    visible: () => true,
    component: () => import('./notifications-home-panel').then((m) => m.NotificationsHomePanel),
  }),
];
