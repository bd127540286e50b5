import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BottlenecksModule } from '../bottlenecks/bottlenecks.module';
import { IntervisionModule } from '../intervision/intervision.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { StatementsModule } from '../statements/statements.module';
import { UsersModule } from '../users/users.module';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';

@Module({
  imports: [
    AuthModule,
    UsersModule,
    OrganisationsModule,
    StatementsModule,
    IntervisionModule,
    NotificationsModule,
    BottlenecksModule,
    MeetingsModule,
  ],
  controllers: [AccountController],
  providers: [AccountService],
})
export class AccountModule {}
