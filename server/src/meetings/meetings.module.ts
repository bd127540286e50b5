import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { BottlenecksModule } from '../bottlenecks/bottlenecks.module';
import { CafesModule } from '../cafes/cafes.module';
import { CollabModule } from '../collab/collab.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { StatementsModule } from '../statements/statements.module';
import { TechnologiesModule } from '../technologies/technologies.module';
import { UsersModule } from '../users/users.module';
import { ActionRecord, ActionSchema } from './action.schema';
import { ActionViews } from './action-views';
import { ActionsController } from './actions.controller';
import { ActionsRepository } from './actions.repository';
import { ActionsService } from './actions.service';
import { MeetingLinksRegistration } from './meeting-links.registration';
import { MeetingMinutesAccess } from './meeting-minutes.access';
import { MeetingRecord, MeetingSchema } from './meeting.schema';
import { MeetingViews } from './meeting-views';
import { MeetingsController } from './meetings.controller';
import { MeetingsPersonalData } from './meetings-personal-data';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';

/** Learning-network meetings: agenda, live minutes, attendance, certificates and actions. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: MeetingRecord.name, schema: MeetingSchema },
      { name: ActionRecord.name, schema: ActionSchema },
    ]),
    RealtimeModule,
    CollabModule,
    NotificationsModule,
    BottlenecksModule,
    CafesModule,
    StatementsModule,
    TechnologiesModule,
    OrganisationsModule,
    UsersModule,
  ],
  controllers: [MeetingsController, ActionsController],
  providers: [
    MeetingsRepository,
    ActionsRepository,
    MeetingsService,
    ActionsService,
    MeetingViews,
    ActionViews,
    MeetingMinutesAccess,
    MeetingLinksRegistration,
    MeetingsPersonalData,
  ],
  exports: [MeetingsPersonalData, MeetingsService, ActionsService, MeetingsRepository, ActionsRepository],
})
export class MeetingsModule {}
