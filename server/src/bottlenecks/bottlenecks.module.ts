import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CafesModule } from '../cafes/cafes.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { TechnologiesModule } from '../technologies/technologies.module';
import { UsersModule } from '../users/users.module';
import { BottleneckRecord, BottleneckSchema } from './bottleneck.schema';
import { BottleneckLinks } from './bottleneck-links';
import { BottleneckOwnershipController } from './bottleneck-ownership.controller';
import { BottleneckOwnershipService } from './bottleneck-ownership.service';
import { BottleneckRegister } from './bottleneck-register';
import { BottleneckSources } from './bottleneck-sources';
import { BottleneckViews } from './bottleneck-views';
import { BottleneckWrites } from './bottleneck-writes';
import { BottlenecksController } from './bottlenecks.controller';
import { BottlenecksPersonalData } from './bottlenecks-personal-data';
import { BottlenecksRepository } from './bottlenecks.repository';
import { BottlenecksService } from './bottlenecks.service';

/** The register of structural bottlenecks, its public timeline and the coordinators' dashboard. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: BottleneckRecord.name, schema: BottleneckSchema }]),
    RealtimeModule,
    NotificationsModule,
    CafesModule,
    TechnologiesModule,
    OrganisationsModule,
    UsersModule,
  ],
  controllers: [BottlenecksController, BottleneckOwnershipController],
  providers: [
    BottlenecksRepository,
    BottlenecksService,
    BottleneckViews,
    BottleneckSources,
    BottleneckLinks,
    BottleneckRegister,
    BottleneckWrites,
    BottleneckOwnershipService,
    BottlenecksPersonalData,
  ],
  exports: [BottlenecksService, BottleneckLinks, BottlenecksPersonalData, BottlenecksRepository],
})
export class BottlenecksModule {}
