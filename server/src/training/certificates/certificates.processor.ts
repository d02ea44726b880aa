import { Injectable } from '@nestjs/common';

import { JobProcessor, QueueProcessor } from '../../platform/queue/job-processor';
import type { JobName, QueueJob } from '../../platform/queue/queue-jobs';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import { CertificatesService, type IssueOutcome } from './certificates.service';

/** Written to the outbox by learning on the first completion of an enrollment. */
export interface IssueCertificatePayload {
  enrollmentId: string;
}

export type CertificateJobName = JobName<'certificates'>;

@QueueProcessor(QUEUE_NAMES.certificates)
@Injectable()
export class CertificatesProcessor extends JobProcessor<'certificates'> {
  // Rendering is CPU work on a shared machine; two at a time per worker node is plenty.
  override readonly concurrency = 2;

  constructor(private readonly certificates: CertificatesService) {
    super();
  }

  async process(job: QueueJob<'certificates'>): Promise<IssueOutcome> {
    switch (job.name) {
      case 'issue':
        return this.certificates.issue(job.data.enrollmentId);
      default: {
        const unknown: never = job.name;
        throw new Error(`certificates queue has no job "${String(unknown)}"`);
      }
    }
  }
}
