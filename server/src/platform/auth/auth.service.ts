import { ErrorCode, type IdName, type Me } from '@kotopaikka/contracts';

import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { UserEntity } from '../../accounts/users/user.entity';
import type { TableRow } from '../../database/table-row';
import { ApiException } from '../errors/api.exception';
import { RealtimeEmitter } from '../realtime/realtime-emitter.service';
import type { ChangePasswordDto, LoginDto, UpdateProfileDto } from './dto/auth-requests.dto';
import { LoginLimiter } from './login-limiter';
import { PasswordService } from './password.service';
import type { Principal } from './principal';
import { SessionService } from './session.service';

/** Where a request came from, for brute-force counting and the session row. */
export interface RequestOrigin {
  ip: string;
  userAgent: string | null;
}

type MeRow = TableRow<UserEntity, 'id' | 'email' | 'displayName' | 'role' | 'audience' | 'locale'> & {
  municipality: IdName | null;
  organisation: IdName | null;
  managed: IdName[];
};

// One message for every refused sign-in, so the answer never tells which part was wrong.
const INVALID_CREDENTIALS = 'The e-mail address or password is wrong';

/** Sign-in, the signed-in person's own profile and password. */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordService,
    private readonly limiter: LoginLimiter,
    private readonly live: RealtimeEmitter,
  ) {}

  /** Checks the password and opens a session; answers the new session token and the person. */
  async login(
    dto: LoginDto,
    origin: RequestOrigin,
    previousSessionToken: string | undefined,
  ): Promise<{ token: string; me: Me }> {
    // The address folded by PostgreSQL, as the unique index and this lookup fold it, keys the lockout.
    const rows: Array<{ folded: string; id: string | null; status: string | null; password_hash: string | null }> =
      await this.db.query(
        `SELECT f.email AS folded, u.id, u.status, u.password_hash
         FROM (SELECT lower($1) AS email) f LEFT JOIN app_user u ON lower(u.email) = f.email`,
        [dto.email],
      );
    const found = rows[0];
    const attempt = await this.limiter.claim(found.folded, origin.ip);
    // Always one argon2 computation, whether or not the account exists, so timing reveals nothing.
    const matches = await this.passwords.verify(found.password_hash, dto.password);
    if (!found.id || !matches || found.status !== 'active') {
      await attempt.failed();
      throw new ApiException(HttpStatus.UNAUTHORIZED, ErrorCode.InvalidCredentials, INVALID_CREDENTIALS);
    }
    await attempt.succeeded();
    // A session from before sign-in is never promoted (session fixation): it ends, and a new one starts.
    const previous = await this.sessions.resolve(previousSessionToken);
    if (previous.state === 'valid') await this.sessions.destroy(previous.principal.sessionTokenHash);
    const token = await this.sessions.create(found.id, origin.userAgent);
    await this.db.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [found.id]);
    return { token, me: await this.me(found.id) };
  }

  async logout(principal: Principal): Promise<void> {
    await this.sessions.destroy(principal.sessionTokenHash);
    // Open sockets of this session end now, not at their next event.
    this.live.endSession(principal.sessionTokenHash, 'logout');
  }

  async me(userId: string): Promise<Me> {
    const rows: MeRow[] = await this.db.query(
      `SELECT u.id, u.email, u.display_name, u.role, u.audience, u.locale,
              CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('id', m.id, 'name', m.name) END AS municipality,
              CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END AS organisation,
              COALESCE((SELECT json_agg(json_build_object('id', mm.id, 'name', mm.name) ORDER BY mm.name)
                          FROM coordinator_municipality cm JOIN municipality mm ON mm.id = cm.municipality_id
                         WHERE cm.user_id = u.id AND u.role = 'coordinator'), '[]'::json) AS managed
         FROM app_user u
         LEFT JOIN municipality m ON m.id = u.municipality_id
         LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE u.id = $1`,
      [userId],
    );
    const row = rows[0];
    if (!row) throw ApiException.notFound('Person');
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      audience: row.audience,
      locale: row.locale,
      municipality: row.municipality,
      organisation: row.organisation,
      managedMunicipalities: row.managed,
    };
  }

  async updateProfile(principal: Principal, dto: UpdateProfileDto): Promise<Me> {
    if (dto.displayName !== undefined || dto.locale !== undefined) {
      await this.db.query(
        `UPDATE app_user SET display_name = COALESCE($2, display_name), locale = COALESCE($3, locale), updated_at = now() WHERE id = $1`,
        [principal.id, dto.displayName ?? null, dto.locale ?? null],
      );
      this.sessions.forgetUser(principal.id);
    }
    return this.me(principal.id);
  }

  /** Changes the password after checking the current one, and ends the person's other sessions. */
  async changePassword(principal: Principal, dto: ChangePasswordDto, origin: RequestOrigin): Promise<void> {
    // A stolen session must not become a way to guess the password: the same lockout applies.
    const rows: Array<{ folded: string; password_hash: string | null }> = await this.db.query(
      `SELECT lower(email) AS folded, password_hash FROM app_user WHERE id = $1`,
      [principal.id],
    );
    const attempt = await this.limiter.claim(rows[0]?.folded ?? principal.email, origin.ip);
    if (!(await this.passwords.verify(rows[0]?.password_hash ?? null, dto.currentPassword))) {
      await attempt.failed();
      throw new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.InvalidCredentials, 'The current password is wrong', [
        { field: 'currentPassword', problems: ['does not match'] },
      ]);
    }
    await attempt.succeeded();
    const problem = this.passwords.problem(dto.newPassword, [
      principal.email,
      principal.email.split('@')[0],
      principal.displayName,
    ]);
    if (problem) {
      throw new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.PasswordTooWeak, `newPassword: ${problem}`, [
        { field: 'newPassword', problems: [problem] },
      ]);
    }
    const hash = await this.passwords.hash(dto.newPassword);
    await this.db.transaction(async (manager) => {
      await manager.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [
        principal.id,
        hash,
      ]);
      await this.sessions.destroyAllFor(principal.id, principal.sessionTokenHash, manager);
    });
    this.sessions.forgetUser(principal.id);
  }
}
