import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CollabModule } from '../collab/collab.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { TechnologiesModule } from '../technologies/technologies.module';
import { UsersModule } from '../users/users.module';
import { AuthorDirectory } from './author-directory';
import { FollowRecord, FollowSchema } from './follow.schema';
import { FollowsRepository } from './follows.repository';
import { IntervisionController } from './intervision.controller';
import { IntervisionGateway } from './intervision.gateway';
import { IntervisionOwnershipController } from './intervision-ownership.controller';
import { IntervisionOwnershipService } from './intervision-ownership.service';
import { IntervisionLive } from './intervision.live';
import { IntervisionPersonalData } from './intervision-personal-data';
import { IntervisionService } from './intervision.service';
import { KnowledgePageAccess } from './knowledge-page.access';
import { KnowledgePagePromotion } from './knowledge-page-promotion';
import { IntervisionNotifications } from './intervision-notifications';
import { NotificationsModule } from '../notifications/notifications.module';
import { PostRecord, PostSchema } from './post.schema';
import { PostsRepository } from './posts.repository';
import { ThreadSearch } from './thread-search';
import { ThreadRecord, ThreadSchema } from './thread.schema';
import { TechnologyOverviewService } from './technology-overview.service';
import { TechnologyPagesController } from './technology-pages.controller';
import { ThreadsRepository } from './threads.repository';

/** Intervision threads per technology, where ambassadors and peers share questions, cases and tips. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ThreadRecord.name, schema: ThreadSchema },
      { name: PostRecord.name, schema: PostSchema },
      { name: FollowRecord.name, schema: FollowSchema },
    ]),
    RealtimeModule,
    NotificationsModule,
    CollabModule,
    TechnologiesModule,
    UsersModule,
    OrganisationsModule,
  ],
  controllers: [IntervisionController, TechnologyPagesController, IntervisionOwnershipController],
  providers: [
    ThreadsRepository,
    PostsRepository,
    AuthorDirectory,
    ThreadSearch,
    IntervisionLive,
    IntervisionService,
    IntervisionOwnershipService,
    IntervisionGateway,
    FollowsRepository,
    IntervisionNotifications,
    TechnologyOverviewService,
    KnowledgePageAccess,
    KnowledgePagePromotion,
    IntervisionPersonalData,
  ],
  exports: [IntervisionService, IntervisionPersonalData],
})
export class IntervisionModule {}
