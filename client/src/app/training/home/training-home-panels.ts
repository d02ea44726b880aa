import { provideHomePanel } from '../../home/home-panels';

/** Training's panel on everyone's home page. */
export const trainingHomePanels = [
  provideHomePanel({
    id: 'training',
    order: 10,
    visible: () => true,
    component: () => import('./training-home-panel').then((m) => m.TrainingHomePanel),
  }),
];
