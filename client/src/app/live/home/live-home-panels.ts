import { provideHomePanel } from '../../home/home-panels';

/** Live sessions' panel on everyone's home page. */
export const liveHomePanels = [
  provideHomePanel({
    id: 'live',
    order: 15,
    visible: () => true,
    component: () => import('./live-home-panel').then((m) => m.LiveHomePanel),
  }),
];
