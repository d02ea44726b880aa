import { canReadReports } from '../../core/auth/permissions';
import { provideHomePanel } from '../../home/home-panels';

/** The municipality at a glance, for those who read its reports. */
export const reportsHomePanels = [
  provideHomePanel({
    id: 'municipality-glance',
    order: 20,
    visible: canReadReports,
    component: () => import('./municipality-glance-panel').then((m) => m.MunicipalityGlancePanel),
  }),
];
