import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CollabModule } from '../collab/collab.module';
import { BottlenecksModule } from '../bottlenecks/bottlenecks.module';
import { IntervisionModule } from '../intervision/intervision.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { StatementsModule } from '../statements/statements.module';
import { TechnologiesModule } from '../technologies/technologies.module';
import { UsersModule } from '../users/users.module';
import { DemoSeeder } from './demo-seeder.service';
import { LearningNetworkSeeder } from './learning-network-seeder';
import { SeedClaim } from './seed-claim';

@Module({
  imports: [
    AuthModule,
    OrganisationsModule,
    StatementsModule,
    TechnologiesModule,
    UsersModule,
    IntervisionModule,
    CollabModule,
    MeetingsModule,
    BottlenecksModule,
    NotificationsModule,
  ],
  providers: [DemoSeeder, LearningNetworkSeeder, SeedClaim],
  exports: [DemoSeeder],
})
export class SeedModule {}
