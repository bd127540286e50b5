import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { TechnologiesModule } from '../technologies/technologies.module';
import { UsersModule } from '../users/users.module';
import { AuthorDirectory } from './author-directory';
import { IntervisionController } from './intervision.controller';
import { IntervisionGateway } from './intervision.gateway';
import { IntervisionLive } from './intervision.live';
import { IntervisionService } from './intervision.service';
import { PostRecord, PostSchema } from './post.schema';
import { PostsRepository } from './posts.repository';
import { ThreadSearch } from './thread-search';
import { ThreadRecord, ThreadSchema } from './thread.schema';
import { ThreadsRepository } from './threads.repository';

/** Intervision threads per technology, where ambassadors and peers share questions, cases and tips. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ThreadRecord.name, schema: ThreadSchema },
      { name: PostRecord.name, schema: PostSchema },
    ]),
    RealtimeModule,
    TechnologiesModule,
    UsersModule,
    OrganisationsModule,
  ],
  controllers: [IntervisionController],
  providers: [
    ThreadsRepository,
    PostsRepository,
    AuthorDirectory,
    ThreadSearch,
    IntervisionLive,
    IntervisionService,
    IntervisionGateway,
  ],
  exports: [IntervisionService],
})
export class IntervisionModule {}
