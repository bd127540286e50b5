import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RealtimeModule } from '../realtime/realtime.module';
import { ConversationLookup } from './conversation-lookup';
import { ConversationRecord, ConversationSchema } from './conversation.schema';
import { ConversationsController } from './conversations.controller';
import { ConversationsRepository } from './conversations.repository';
import { ConversationExportController } from './export/conversation-export.controller';
import { ConversationExportService } from './export/conversation-export.service';
import { ModerationService } from './moderation.service';
import { RepliesController } from './replies.controller';
import { RepliesRepository } from './replies.repository';
import { RepliesService } from './replies.service';
import { ReplyRecord, ReplySchema } from './reply.schema';
import { ResultsCache } from './results-cache';
import { StatementRecord, StatementSchema } from './statement.schema';
import { StatementsController } from './statements.controller';
import { StatementsGateway } from './statements.gateway';
import { StatementsLive } from './statements.live';
import { StatementsRepository } from './statements.repository';
import { StatementsPersonalData } from './statements-personal-data';
import { StatementsService } from './statements.service';
import { TallyBroadcaster } from './tally-broadcaster';
import { StatementVoteRecord, VoteSchema } from './vote.schema';
import { VotesRepository } from './votes.repository';
import { VotingService } from './voting.service';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ConversationRecord.name, schema: ConversationSchema },
      { name: StatementRecord.name, schema: StatementSchema },
      { name: StatementVoteRecord.name, schema: VoteSchema },
      { name: ReplyRecord.name, schema: ReplySchema },
    ]),
    RealtimeModule,
  ],
  controllers: [ConversationsController, StatementsController, RepliesController, ConversationExportController],
  providers: [
    ConversationsRepository,
    ConversationLookup,
    StatementsRepository,
    RepliesRepository,
    VotesRepository,
    StatementsLive,
    TallyBroadcaster,
    ResultsCache,
    StatementsService,
    VotingService,
    RepliesService,
    ModerationService,
    ConversationExportService,
    StatementsGateway,
    StatementsPersonalData,
  ],
  exports: [StatementsService, StatementsPersonalData, StatementsRepository, VotesRepository, ConversationLookup],
})
export class StatementsModule {}
