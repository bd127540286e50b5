import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Redis } from 'ioredis';
import { AuthModule } from '../auth/auth.module';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';
import { RealtimeModule } from '../realtime/realtime.module';
import { CollabAccessRegistry } from './collab-access.registry';
import { CollabFanout, LocalCollabFanout } from './collab-fanout';
import { CollabSnapshotRecord, CollabSnapshotSchema } from './collab-snapshot.schema';
import { CollabLogRecord, CollabLogSchema } from './collab-log.schema';
import { CollabUpdateRecord, CollabUpdateSchema } from './collab-update.schema';
import { CollabGateway } from './collab.gateway';
import { CollabRepository } from './collab.repository';
import { DocumentManager } from './document-manager';
import { DocumentStorage } from './document-storage';
import { RedisCollabFanout } from './redis-collab-fanout';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: CollabUpdateRecord.name, schema: CollabUpdateSchema },
      { name: CollabLogRecord.name, schema: CollabLogSchema },
      { name: CollabSnapshotRecord.name, schema: CollabSnapshotSchema },
    ]),
    AuthModule,
    RealtimeModule,
  ],
  providers: [
    CollabRepository,
    DocumentStorage,
    DocumentManager,
    CollabAccessRegistry,
    CollabGateway,
    {
      provide: CollabFanout,
      inject: [APP_CONFIG],
      useFactory: (config: ResolvedConfig): CollabFanout =>
        config.redisUrl
          ? new RedisCollabFanout(new Redis(config.redisUrl), new Redis(config.redisUrl))
          : new LocalCollabFanout(),
    },
  ],
  exports: [CollabAccessRegistry, DocumentManager],
})
export class CollabModule {}
