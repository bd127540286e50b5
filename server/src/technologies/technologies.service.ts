import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type ValidCreateTechnologyRequest,
  type Technology,
  type UpdateTechnologyRequest,
} from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { DuplicateTechnologyError, TechnologiesRepository } from './technologies.repository';

function rethrowDuplicate(error: unknown): never {
  if (error instanceof DuplicateTechnologyError) {
    throw new ApiError(ErrorCode.Conflict, 'A technology with this name already exists');
  }
  throw error;
}

@Injectable()
export class TechnologiesService {
  constructor(private readonly repository: TechnologiesRepository) {}

  list(): Promise<Technology[]> {
    return this.repository.list();
  }

  async get(id: string): Promise<Technology> {
    const technology = await this.repository.findById(id);
    if (!technology) throw ApiError.notFound('Technology');
    return technology;
  }

  create(input: ValidCreateTechnologyRequest): Promise<Technology> {
    return this.repository.create(input).catch(rethrowDuplicate);
  }

  async update(id: string, changes: UpdateTechnologyRequest): Promise<Technology> {
    const updated = await this.repository.update(id, changes).catch(rethrowDuplicate);
    if (!updated) throw ApiError.notFound('Technology');
    return updated;
  }

  /** Refuses a list that names a technology that does not exist. */
  async requireAll(ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if ((await this.repository.countExisting(unique)) !== unique.length) {
      throw ApiError.notFound('Technology');
    }
  }
}
