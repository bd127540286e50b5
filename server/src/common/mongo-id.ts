import { Types } from 'mongoose';

/** Converts a validated id string to an ObjectId for queries. */
export function toObjectId(id: string): Types.ObjectId {
  return new Types.ObjectId(id);
}
