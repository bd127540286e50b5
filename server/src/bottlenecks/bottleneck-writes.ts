import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { KeyedSerial } from '../common/keyed-serial';
import { writeWithRevision } from '../common/revision-write';
import { BottleneckRegister } from './bottleneck-register';
import type { BottleneckRecord } from './bottleneck.schema';
import { BottlenecksRepository, type BottleneckChange, type StoredBottleneck } from './bottlenecks.repository';

/**
 * The one way bottlenecks are written: one change at a time per bottleneck in this process, and a
 * revision check against other processes (read → apply → store if unchanged, else read again).
 * Every write is remembered by the in-memory register.
 */
@Injectable()
export class BottleneckWrites {
  private readonly serial = new KeyedSerial();

  constructor(
    private readonly repository: BottlenecksRepository,
    private readonly register: BottleneckRegister,
  ) {}

  async create(record: Omit<BottleneckRecord, 'revision' | 'ownership'>): Promise<StoredBottleneck> {
    return this.register.remember(await this.repository.create({ ...record, revision: 0 }));
  }

  /** `apply` may throw to refuse the change; it sees the bottleneck as stored right now. */
  change(id: string, apply: (current: StoredBottleneck) => BottleneckChange): Promise<StoredBottleneck> {
    return this.serial.run(id, () => this.store(id, apply));
  }

  /** Runs `task` holding both bottlenecks' turns, taken in a fixed order so two tasks cannot deadlock. */
  both<T>(a: string, b: string, task: () => Promise<T>): Promise<T> {
    if (a === b) throw new ApiError(ErrorCode.Conflict, 'Both are the same bottleneck');
    const [first, second] = a < b ? [a, b] : [b, a];
    return this.serial.run(first, () => this.serial.run(second, task));
  }

  /** Like `change`, for use inside `both` (the turn is already held). */
  async store(id: string, apply: (current: StoredBottleneck) => BottleneckChange): Promise<StoredBottleneck> {
    const saved = await writeWithRevision(
      'Bottleneck',
      () => this.repository.findById(id),
      (current) => this.repository.updateIfUnchanged(current, apply(current)),
    );
    return this.register.remember(saved);
  }
}
