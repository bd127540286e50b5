import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import type { Role, User } from '@leernetwerk/shared';
import { isDuplicateKeyError } from '../common/mongo-errors';
import { toObjectId } from '../common/mongo-id';
import { UserRecord } from './user.schema';

type UserDoc = UserRecord & { _id: Types.ObjectId };

export interface UserWithSecret {
  user: User;
  passwordHash: string;
}

export interface NewUser {
  name: string;
  email: string;
  passwordHash: string;
  organisationId: string;
  roles: Role[];
  ambassadorOf?: string[];
  locale?: 'nl' | 'en';
}

function toUser(doc: UserDoc): User {
  return {
    id: doc._id.toHexString(),
    name: doc.name,
    email: doc.email,
    organisationId: doc.organisationId.toHexString(),
    roles: doc.roles,
    ambassadorOf: doc.ambassadorOf.map((id) => id.toHexString()),
    locale: doc.locale,
    disabled: Boolean(doc.disabledAt),
    createdAt: doc.createdAt.toISOString(),
  };
}

export class DuplicateEmailError extends Error {}

@Injectable()
export class UsersRepository {
  constructor(@InjectModel(UserRecord.name) private readonly model: Model<UserRecord>) {}

  async create(input: NewUser): Promise<User> {
    try {
      const created = await this.model.create({
        ...input,
        organisationId: toObjectId(input.organisationId),
        ambassadorOf: (input.ambassadorOf ?? []).map(toObjectId),
      });
      return toUser(created.toObject<UserDoc>());
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DuplicateEmailError();
      throw error;
    }
  }

  async findById(id: string): Promise<User | null> {
    const doc = await this.model.findById(id).lean<UserDoc>().exec();
    return doc ? toUser(doc) : null;
  }

  async findByEmailWithSecret(email: string): Promise<UserWithSecret | null> {
    const doc = await this.model.findOne({ email }).lean<UserDoc>().exec();
    return doc ? { user: toUser(doc), passwordHash: doc.passwordHash } : null;
  }

  async findByIds(ids: string[]): Promise<User[]> {
    if (ids.length === 0) return [];
    const docs = await this.model
      .find({ _id: { $in: ids.map(toObjectId) } })
      .lean<UserDoc[]>()
      .exec();
    return docs.map(toUser);
  }

  async findPasswordHash(id: string): Promise<string | null> {
    const doc = await this.model.findById(id, { passwordHash: 1 }).lean<{ passwordHash: string }>().exec();
    return doc?.passwordHash ?? null;
  }

  async existsByEmail(email: string): Promise<boolean> {
    return (await this.model.countDocuments({ email }).exec()) > 0;
  }

  async list(filter: { organisationId?: string }): Promise<User[]> {
    const query = filter.organisationId ? { organisationId: toObjectId(filter.organisationId) } : {};
    const docs = await this.model.find(query).sort({ name: 1 }).lean<UserDoc[]>().exec();
    return docs.map(toUser);
  }

  async update(
    id: string,
    changes: Partial<{
      name: string;
      locale: 'nl' | 'en';
      roles: Role[];
      ambassadorOf: string[];
      disabledAt: Date | null;
    }>,
  ): Promise<User | null> {
    const { ambassadorOf, ...rest } = changes;
    const set = ambassadorOf ? { ...rest, ambassadorOf: ambassadorOf.map(toObjectId) } : rest;
    const doc = await this.model.findByIdAndUpdate(id, { $set: set }, { new: true }).lean<UserDoc>().exec();
    return doc ? toUser(doc) : null;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.model.deleteOne({ _id: toObjectId(id) }).exec();
    return result.deletedCount === 1;
  }

  async count(): Promise<number> {
    return this.model.countDocuments().exec();
  }
}
