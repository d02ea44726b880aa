import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';

import { JobProcessor, QueueProcessor } from '../../platform/queue/job-processor';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import { CertificatesService, type IssueOutcome } from './certificates.service';

/** Written to the outbox by learning on the first completion of an enrollment. */
export interface IssueCertificatePayload {
  enrollmentId: string;
}

export type CertificateJobName = 'issue';

@QueueProcessor(QUEUE_NAMES.certificates)
@Injectable()
export class CertificatesProcessor extends JobProcessor<IssueCertificatePayload> {
  // Rendering is CPU work on a shared machine; two at a time per worker node is plenty.
  override readonly concurrency = 2;

  constructor(private readonly certificates: CertificatesService) {
    super();
  }

  async process(job: Job<IssueCertificatePayload>): Promise<IssueOutcome> {
    const name = job.name as CertificateJobName;
    switch (name) {
      case 'issue':
        return this.certificates.issue(job.data.enrollmentId);
      default: {
        const unknown: never = name;
        throw new Error(`certificates queue has no job "${String(unknown)}"`);
      }
    }
  }
}
