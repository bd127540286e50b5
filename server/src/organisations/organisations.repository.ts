import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import type { Organisation } from '@leernetwerk/shared';
import { toObjectId } from '../common/mongo-id';
import { OrganisationRecord } from './organisation.schema';

type OrganisationDoc = OrganisationRecord & { _id: Types.ObjectId };

function toOrganisation(doc: OrganisationDoc): Organisation {
  return {
    id: doc._id.toHexString(),
    name: doc.name,
    kind: doc.kind,
    description: doc.description,
    technologyIds: doc.technologyIds.map((id) => id.toHexString()),
  };
}

export interface NewOrganisation {
  name: string;
  kind: 'sector-body' | 'member';
  description: string;
  technologyIds: string[];
  inviteCode: string;
}

@Injectable()
export class OrganisationsRepository {
  constructor(@InjectModel(OrganisationRecord.name) private readonly model: Model<OrganisationRecord>) {}

  async create(input: NewOrganisation): Promise<Organisation> {
    const created = await this.model.create({ ...input, technologyIds: input.technologyIds.map(toObjectId) });
    return toOrganisation(created.toObject<OrganisationDoc>());
  }

  async list(): Promise<Organisation[]> {
    const docs = await this.model.find().sort({ name: 1 }).lean<OrganisationDoc[]>().exec();
    return docs.map(toOrganisation);
  }

  async findById(id: string): Promise<Organisation | null> {
    const doc = await this.model.findById(id).lean<OrganisationDoc>().exec();
    return doc ? toOrganisation(doc) : null;
  }

  async findByInviteCode(inviteCode: string): Promise<Organisation | null> {
    const doc = await this.model.findOne({ inviteCode }).lean<OrganisationDoc>().exec();
    return doc ? toOrganisation(doc) : null;
  }

  async findInviteCode(id: string): Promise<string | null> {
    const doc = await this.model.findById(id, { inviteCode: 1 }).lean<{ inviteCode: string }>().exec();
    return doc?.inviteCode ?? null;
  }

  async update(
    id: string,
    changes: Partial<{ name: string; description: string; technologyIds: string[]; inviteCode: string }>,
  ): Promise<Organisation | null> {
    const { technologyIds, ...rest } = changes;
    const set = technologyIds ? { ...rest, technologyIds: technologyIds.map(toObjectId) } : rest;
    const doc = await this.model.findByIdAndUpdate(id, { $set: set }, { new: true }).lean<OrganisationDoc>().exec();
    return doc ? toOrganisation(doc) : null;
  }

  async count(): Promise<number> {
    return this.model.countDocuments().exec();
  }
}
