import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  /** Dotted verb, e.g. `user.invite`, `user.deactivate`, `organisation.create`. */
  action: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
}

/** Writes audit entries; pass the transaction's manager so the entry commits with the change. */
@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  async record(entry: AuditRecord, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.insert(AuditEntryEntity, { ...entry, details: entry.details ?? {} });
  }
}
