import type { Audience, Locale, Role, UserStatus } from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

import type { TableRow } from '../../database/table-row';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import type { CoordinatorMunicipalityEntity } from './coordinator-municipality.entity';
import type { UpdateUserDto } from './dto/user-requests.dto';
import { assertAdministers, assertMayHandleRole } from './people-scope';

/** The administered person's row, read under lock. */
export interface LockedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  audience: Audience;
  status: UserStatus;
  locale: Locale;
  municipalityId: string | null;
  organisationId: string | null;
  hasPassword: boolean;
}

type Changes = Record<string, { from: unknown; to: unknown }>;

/** Applies an UpdateUserRequest under the rules of who may change what; returns what changed, for the audit. */
export class UserChanges {
  private readonly changes: Changes = {};

  constructor(
    private readonly m: EntityManager,
    private readonly actor: Principal,
    private readonly target: LockedUser,
  ) {}

  async apply(dto: UpdateUserDto): Promise<Changes> {
    const role = this.role(dto.role);
    const municipalityId = await this.municipality(dto.municipalityId);
    const organisationId = await this.organisation(dto.organisationId, municipalityId);
    this.note('displayName', this.target.displayName, dto.displayName ?? this.target.displayName);
    this.note('audience', this.target.audience, dto.audience ?? this.target.audience);

    await this.m.query(
      `UPDATE app_user SET display_name = $2, audience = $3, role = $4, municipality_id = $5, organisation_id = $6, updated_at = now()
        WHERE id = $1`,
      [
        this.target.id,
        dto.displayName ?? this.target.displayName,
        dto.audience ?? this.target.audience,
        role,
        municipalityId,
        organisationId,
      ],
    );
    await this.managedMunicipalities(dto.managedMunicipalityIds, role, municipalityId);
    return this.changes;
  }

  private role(wanted: Role | undefined): Role {
    if (wanted === undefined || wanted === this.target.role) return this.target.role;
    assertMayHandleRole(this.actor, wanted);
    if (this.target.id === this.actor.id) throw ApiException.forbidden('You cannot change your own role');
    this.note('role', this.target.role, wanted);
    return wanted;
  }

  private async municipality(wanted: string | null | undefined): Promise<string | null> {
    if (wanted === undefined || wanted === this.target.municipalityId) return this.target.municipalityId;
    // A coordinator may move people only between municipalities they manage (never to none).
    assertAdministers(this.actor, wanted);
    if (wanted !== null) {
      const found: unknown[] = await this.m.query(`SELECT 1 FROM municipality WHERE id = $1`, [wanted]);
      if (found.length === 0) throw ApiException.invalid('municipalityId', 'no such municipality');
    }
    this.note('municipalityId', this.target.municipalityId, wanted);
    return wanted;
  }

  private async organisation(wanted: string | null | undefined, municipalityId: string | null): Promise<string | null> {
    if (wanted === undefined) {
      // Moving to another municipality drops an organisation of the old one.
      const kept =
        this.target.organisationId !== null && municipalityId !== this.target.municipalityId
          ? null
          : this.target.organisationId;
      this.note('organisationId', this.target.organisationId, kept);
      return kept;
    }
    if (wanted !== null) {
      // A new organisation is held (key share) until commit, so a deletion waits or has happened: never a foreign-key 500.
      // An unchanged one is not: the deletion, holding it, may be waiting for this person's row.
      const hold = wanted !== this.target.organisationId ? 'FOR KEY SHARE' : '';
      const rows: { municipality_id: string }[] = await this.m.query(
        `SELECT municipality_id FROM organisation WHERE id = $1 ${hold}`,
        [wanted],
      );
      if (!rows[0]) throw ApiException.invalid('organisationId', 'no such organisation');
      if (rows[0].municipality_id !== municipalityId)
        throw ApiException.invalid('organisationId', 'not in the person’s municipality');
    }
    this.note('organisationId', this.target.organisationId, wanted);
    return wanted;
  }

  private async managedMunicipalities(
    wanted: string[] | undefined,
    role: Role,
    municipalityId: string | null,
  ): Promise<void> {
    if (wanted !== undefined) {
      if (this.actor.role !== 'admin')
        throw ApiException.forbidden('Only an admin assigns municipalities to coordinators');
      if (role !== 'coordinator')
        throw ApiException.invalid('managedMunicipalityIds', 'only coordinators manage municipalities');
      const found: { id: string }[] = await this.m.query(`SELECT id FROM municipality WHERE id = ANY($1::uuid[])`, [
        wanted,
      ]);
      if (found.length !== wanted.length) throw ApiException.invalid('managedMunicipalityIds', 'no such municipality');
    }
    const before: TableRow<CoordinatorMunicipalityEntity, 'municipalityId'>[] = await this.m.query(
      `SELECT municipality_id FROM coordinator_municipality WHERE user_id = $1 ORDER BY municipality_id`,
      [this.target.id],
    );
    const previous = before.map((b) => b.municipality_id);
    // A new coordinator without a list manages their own municipality, as an invited one does.
    const promoted =
      role === 'coordinator' && this.target.role !== 'coordinator' && municipalityId !== null
        ? [municipalityId]
        : previous;
    const after = role === 'coordinator' ? (wanted ?? promoted) : [];
    if (sameSet(previous, after)) return;
    await this.m.query(`DELETE FROM coordinator_municipality WHERE user_id = $1`, [this.target.id]);
    await this.m.query(
      `INSERT INTO coordinator_municipality (user_id, municipality_id) SELECT $1, unnest($2::uuid[])`,
      [this.target.id, after],
    );
    this.changes['managedMunicipalityIds'] = { from: previous, to: [...after].sort() };
  }

  private note(field: string, from: unknown, to: unknown): void {
    if (from !== to) this.changes[field] = { from, to };
  }
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
