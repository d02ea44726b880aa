import type { AuditAction } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface AuditRecord {
  actorId: string | null;
  /** Dotted verb from the list in contracts, e.g. `user.invite`, `course.assign`. */
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
}

/** Writes audit entries; pass the transaction's manager so the entry commits with the change. */
@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  async record(entry: AuditRecord, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, details) VALUES ($1, $2, $3, $4, $5::jsonb)`,
      [entry.actorId, entry.action, entry.entityType, entry.entityId, JSON.stringify(entry.details ?? {})],
    );
  }
}
