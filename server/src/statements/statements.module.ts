import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RealtimeModule } from '../realtime/realtime.module';
import { ConversationRecord, ConversationSchema } from './conversation.schema';
import { ConversationsController } from './conversations.controller';
import { ConversationsRepository } from './conversations.repository';
import { StatementRecord, StatementSchema } from './statement.schema';
import { StatementsController } from './statements.controller';
import { StatementsGateway } from './statements.gateway';
import { StatementsLive } from './statements.live';
import { StatementsRepository } from './statements.repository';
import { StatementsService } from './statements.service';
import { StatementVoteRecord, VoteSchema } from './vote.schema';
import { VotesRepository } from './votes.repository';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ConversationRecord.name, schema: ConversationSchema },
      { name: StatementRecord.name, schema: StatementSchema },
      { name: StatementVoteRecord.name, schema: VoteSchema },
    ]),
    RealtimeModule,
  ],
  controllers: [ConversationsController, StatementsController],
  providers: [
    ConversationsRepository,
    StatementsRepository,
    VotesRepository,
    StatementsLive,
    StatementsService,
    StatementsGateway,
  ],
  exports: [StatementsService],
})
export class StatementsModule {}
