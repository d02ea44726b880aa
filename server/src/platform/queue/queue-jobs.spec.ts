import type { EntityManager } from 'typeorm';

import { CertificatesProcessor } from '../../training/certificates/certificates.processor';
import { RemindersProcessor } from '../../training/reminders/reminders.processor';
import type { OutboxService } from '../outbox/outbox.service';
import type { QueueProducer } from './queue-producer.service';

// Never called: `npm test` type-checks specs, so each @ts-expect-error fails the build once the line compiles.
export function typedProducers(producer: QueueProducer, outbox: OutboxService, manager: EntityManager): void {
  void producer.add('certificates', 'issue', { enrollmentId: 'e' });
  // @ts-expect-error the certificates queue has no job "reissue"
  void producer.add('certificates', 'reissue', { enrollmentId: 'e' });
  // @ts-expect-error an issue job carries an enrollmentId
  void producer.add('certificates', 'issue', { courseId: 'c' });
  // @ts-expect-error no queue "sms"
  void producer.add('sms', 'send', {});
  void outbox.add(
    manager,
    'mail',
    'password_reset',
    { template: 'password_reset', category: 'account', userId: 'u', params: { link: 'l' } },
    { delayMs: 1000 },
  );
  // @ts-expect-error mail jobs are named after their template
  void outbox.add(manager, 'mail', 'newsletter', {
    template: 'password_reset',
    category: 'account',
    userId: 'u',
    params: {},
  });
  // @ts-expect-error a sweep carries nothing
  void outbox.add(manager, 'reminders', 'sweep', { userId: 'u' });
}

describe('typed queues', () => {
  it('fails a job whose name its queue does not know, loudly, so BullMQ records the failure', async () => {
    const certificates = new CertificatesProcessor(null as never);
    await expect(certificates.process({ name: 'reissue', data: {} } as never)).rejects.toThrow(
      'certificates queue has no job "reissue"',
    );
    const reminders = new RemindersProcessor(null as never, null as never, null as never);
    await expect(reminders.process({ name: 'nudge', data: {} } as never)).rejects.toThrow(
      'reminders queue has no job "nudge"',
    );
  });
});
