export type DependencyState = 'up' | 'down' | 'not_configured';

export interface HealthResponse {
  status: 'ok' | 'error';
  checks: { database: DependencyState; redis: DependencyState };
}
