import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { isDuplicateKeyError } from '../common/mongo-errors';

/**
 * Several app processes may start on one empty database at the same moment (two replicas in
 * docker compose). One insert of a fixed `_id` decides which of them seeds: the unique `_id`
 * makes exactly one insert succeed, on every process.
 */
@Injectable()
export class SeedClaim {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  async take(name: string): Promise<boolean> {
    try {
      await this.connection
        .collection<{ _id: string; claimedAt: Date }>('seedclaims')
        .insertOne({ _id: name, claimedAt: new Date() });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}
