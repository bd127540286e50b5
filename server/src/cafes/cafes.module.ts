import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CollabModule } from '../collab/collab.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { StatementsModule } from '../statements/statements.module';
import { CafeAutoAdvance } from './cafe-auto-advance';
import { CafeBroadcastThrottle } from './cafe-broadcast-throttle';
import { CafeChanges } from './cafe-changes';
import { CafeDocumentsAccess } from './cafe-documents.access';
import { CafeLifecycle } from './cafe-lifecycle.service';
import { CafeView } from './cafe-view';
import { CafeRecord, CafeSchema } from './cafe.schema';
import { CafesController } from './cafes.controller';
import { CafesGateway } from './cafes.gateway';
import { CafesLive } from './cafes.live';
import { CafesRepository } from './cafes.repository';
import { CafeHarvest } from './harvest/cafe-harvest.service';
import { HarvestController } from './harvest/harvest.controller';
import { HarvestExport } from './harvest/harvest-export.service';

/** Online world cafés: setup, lobby, rotating rounds, tablecloths, and the way to the harvest. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: CafeRecord.name, schema: CafeSchema }]),
    RealtimeModule,
    CollabModule,
    OrganisationsModule,
    StatementsModule,
  ],
  controllers: [CafesController, HarvestController],
  providers: [
    CafesRepository,
    CafesLive,
    CafeView,
    CafeBroadcastThrottle,
    CafeChanges,
    CafeLifecycle,
    CafeAutoAdvance,
    CafeHarvest,
    HarvestExport,
    CafesGateway,
    CafeDocumentsAccess,
  ],
  exports: [CafesRepository],
})
export class CafesModule {}
