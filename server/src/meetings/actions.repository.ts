import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { ActionRecord } from './action.schema';

type ActionDoc = ActionRecord & { _id: Types.ObjectId; createdAt: Date };

export type StoredAction = ActionRecord & { id: string; createdAt: string };

function toAction(doc: ActionDoc): StoredAction {
  const { _id, createdAt, ...rest } = doc;
  return {
    ...rest,
    id: _id.toHexString(),
    createdAt: createdAt.toISOString(),
    dueDate: doc.dueDate ?? null,
    bottleneckId: doc.bottleneckId ?? null,
  };
}

export type ActionChange = Partial<Pick<ActionRecord, 'text' | 'ownerId' | 'dueDate' | 'status' | 'bottleneckId'>>;

@Injectable()
export class ActionsRepository {
  constructor(@InjectModel(ActionRecord.name) private readonly model: Model<ActionRecord>) {}

  async create(input: ActionRecord): Promise<StoredAction> {
    const created = await this.model.create(input);
    return toAction(created.toObject<ActionDoc>());
  }

  async findById(id: string): Promise<StoredAction | null> {
    const doc = await this.model.findById(id).lean<ActionDoc>().exec();
    return doc ? toAction(doc) : null;
  }

  async listFor(filter: { meetingId?: string; ownerId?: string; bottleneckId?: string }): Promise<StoredAction[]> {
    const docs = await this.model.find(filter).sort({ _id: 1 }).lean<ActionDoc[]>().exec();
    return docs.map(toAction);
  }

  async update(id: string, change: ActionChange): Promise<StoredAction> {
    await this.model.updateOne({ _id: id }, { $set: change }).exec();
    const updated = await this.findById(id);
    if (!updated) throw new Error(`Action ${id} vanished during an update`);
    return updated;
  }

  /** Removes the action in one atomic step: of two deletions at once, only one gets it back. */
  async deleteById(id: string): Promise<StoredAction | null> {
    const doc = await this.model.findOneAndDelete({ _id: id }).lean<ActionDoc>().exec();
    return doc ? toAction(doc) : null;
  }

  async eraseOwner(userId: string, replacement: string): Promise<void> {
    await this.model.updateMany({ ownerId: userId }, { $set: { ownerId: replacement } }).exec();
  }

  /** For demo content only: when an action of a past meeting was named. */
  async rewriteCreatedAt(id: string, createdAt: string): Promise<void> {
    await this.model
      .updateOne(
        { _id: id },
        { $set: { createdAt: new Date(createdAt) } },
        { timestamps: false, overwriteImmutable: true },
      )
      .exec();
  }
}
