import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import type {
  Conversation,
  ConversationStatus,
  ModerationMode,
  UpdateConversationRequest,
  VotePhase,
} from '@leernetwerk/shared';
import { ConversationRecord } from './conversation.schema';

type ConversationDoc = ConversationRecord & { _id: Types.ObjectId; createdAt: Date };

function toConversation(doc: ConversationDoc): Conversation {
  return {
    id: doc._id.toHexString(),
    title: doc.title,
    description: doc.description,
    status: doc.status,
    moderation: doc.moderation,
    allowProposals: doc.allowProposals,
    votingPhase: doc.votingPhase ?? 'before',
    createdBy: doc.createdBy,
    createdAt: doc.createdAt.toISOString(),
  };
}

export interface NewConversation {
  title: string;
  description: string;
  status: ConversationStatus;
  moderation: ModerationMode;
  allowProposals: boolean;
  votingPhase: VotePhase;
  createdBy: string;
}

@Injectable()
export class ConversationsRepository {
  constructor(@InjectModel(ConversationRecord.name) private readonly model: Model<ConversationRecord>) {}

  async create(input: NewConversation): Promise<Conversation> {
    const created = await this.model.create(input);
    return toConversation(created.toObject<ConversationDoc>());
  }

  async list(): Promise<Conversation[]> {
    const docs = await this.model.find().sort({ createdAt: -1 }).lean<ConversationDoc[]>().exec();
    return docs.map(toConversation);
  }

  async findById(id: string): Promise<Conversation | null> {
    const doc = await this.model.findById(id).lean<ConversationDoc>().exec();
    return doc ? toConversation(doc) : null;
  }

  async update(id: string, changes: UpdateConversationRequest): Promise<Conversation | null> {
    const doc = await this.model.findByIdAndUpdate(id, { $set: changes }, { new: true }).lean<ConversationDoc>().exec();
    return doc ? toConversation(doc) : null;
  }
}
