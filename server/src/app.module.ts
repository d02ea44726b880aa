import { type DynamicModule, Module } from '@nestjs/common';

import { InvitationsModule } from './accounts/invitations/invitations.module';
import { MunicipalitiesModule } from './accounts/municipalities/municipalities.module';
import { OrganisationsModule } from './accounts/organisations/organisations.module';
import { PasswordResetModule } from './accounts/password-reset/password-reset.module';
import { UsersModule } from './accounts/users/users.module';
import { appEntities } from './app.entities';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { LiveModule } from './live/live.module';
import { MentoringModule } from './mentoring/mentoring.module';
import { AuditModule } from './platform/audit/audit.module';
import { AuthModule } from './platform/auth/auth.module';
import { HealthController } from './platform/health/health.controller';
import { MailModule } from './platform/mail/mail.module';
import { MaintenanceModule } from './platform/maintenance/maintenance.module';
import { MetricsModule } from './platform/metrics/metrics.module';
import { NotificationsModule } from './platform/notifications/notifications.module';
import { OutboxModule } from './platform/outbox/outbox.module';
import { QueueModule } from './platform/queue/queue.module';
import { RateLimitModule } from './platform/rate-limit/rate-limit.module';
import { RealtimeModule } from './platform/realtime/realtime.module';
import { RedisModule } from './platform/redis/redis.module';
import { SiteController } from './platform/site/site.controller';
import type { Runtime } from './runtime';
import { CertificatesModule } from './training/certificates/certificates.module';
import { CourseAuthoringModule } from './training/courses/courses.module';
import { LearningModule } from './training/learning/learning.module';
import { RemindersModule } from './training/reminders/reminders.module';
import { ReportsModule } from './training/reports/reports.module';

/** Wires the features; no logic. `forRoot` takes what bootstrap resolved (config, database). */
@Module({})
export class AppModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(runtime.config),
        DatabaseModule.forRoot(runtime.databaseUrl, appEntities),
        RedisModule,
        RateLimitModule,
        AuthModule,
        MunicipalitiesModule,
        AuditModule,
        UsersModule,
        OrganisationsModule,
        InvitationsModule,
        PasswordResetModule,
        QueueModule,
        OutboxModule,
        MailModule,
        RealtimeModule,
        NotificationsModule,
        MetricsModule,
        MaintenanceModule,
        CourseAuthoringModule,
        CertificatesModule,
        RemindersModule,
        ReportsModule,
        LearningModule,
        LiveModule,
        MentoringModule,
      ],
      controllers: [HealthController, SiteController],
    };
  }
}
