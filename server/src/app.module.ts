import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AccessEventsModule } from './access-events/access-events.module';
import { StoredChangesModule } from './stored-changes/stored-changes.module';
import { AccountModule } from './account/account.module';
import { AuthModule } from './auth/auth.module';
import { CollabModule } from './collab/collab.module';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { ConfigModule } from './config/config.module';
import type { ResolvedConfig } from './config/resolved-config';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { BottlenecksModule } from './bottlenecks/bottlenecks.module';
import { CafesModule } from './cafes/cafes.module';
import { IntervisionModule } from './intervision/intervision.module';
import { NotificationsModule } from './notifications/notifications.module';
import { MeetingsModule } from './meetings/meetings.module';
import { MediaModule } from './media/media.module';
import { NotesModule } from './notes/notes.module';
import { OpenApiModule } from './openapi/openapi.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { RealtimeModule } from './realtime/realtime.module';
import { SeedModule } from './seed/seed.module';
import { StatementsModule } from './statements/statements.module';
import { TechnologiesModule } from './technologies/technologies.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: ResolvedConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        IdempotencyModule,
        AccessEventsModule,
        StoredChangesModule,
        AuthModule,
        AccountModule,
        UsersModule,
        OrganisationsModule,
        TechnologiesModule,
        StatementsModule,
        HealthModule,
        RealtimeModule,
        CollabModule,
        NotesModule,
        CafesModule,
        IntervisionModule,
        NotificationsModule,
        BottlenecksModule,
        MeetingsModule,
        MediaModule,
        OpenApiModule,
        SeedModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
    };
  }
}
