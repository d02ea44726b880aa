/** Every BullMQ queue the platform runs. Each capability adds its queues here. */
export const QUEUE_NAMES = {
  mail: 'mail',
  certificates: 'certificates',
  reminders: 'reminders',
  maintenance: 'maintenance',
  accounts: 'accounts',
  live: 'live',
  mentoring: 'mentoring',
} as const;

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

export const ALL_QUEUES: readonly QueueName[] = Object.values(QUEUE_NAMES);

export function isQueueName(value: string): value is QueueName {
  return (ALL_QUEUES as readonly string[]).includes(value);
}
