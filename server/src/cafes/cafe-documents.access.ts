import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Role, type AccessChangeReason, type DocAccess, type User } from '@leernetwerk/shared';
import { hasAnyRole } from '../auth/has-role';
import { CollabAccessRegistry } from '../collab/collab-access.registry';
import { ApiError } from '../common/api-error';
import { CafesRepository, type StoredCafe } from './cafes.repository';

const isFacilitator = (user: User): boolean => hasAnyRole(user, [Role.Facilitator]);

export interface CafeAccessBasis {
  state: string;
  seats: string;
}

/** What document access in a café depends on: its state, the harvest's, who takes part, who sits where. */
export function cafeAccessBasis(cafe: StoredCafe): CafeAccessBasis {
  const seating = cafe.seatings.at(-1)?.tables.map((t) => `${t.table}:${t.members.join(',')}`) ?? [];
  const participants = cafe.participants.map((p) => p.id).sort();
  // Being called to the plenary moves everyone's call, so it counts as a change of state.
  const state = `${cafe.state}/${cafe.harvest.status}/${cafe.inPlenary ? 'plenary' : 'tables'}`;
  return { state, seats: `${participants.join(',')}|${seating.join(';')}` };
}

/**
 * Why access to a café's documents may differ after a change, or null when nothing it depends on
 * changed (a paused timer, a broadcast): then nobody's open documents need deciding again.
 */
export function cafeAccessChange(was: CafeAccessBasis, is: CafeAccessBasis): AccessChangeReason | null {
  if (was.state !== is.state) return 'state';
  return was.seats !== is.seats ? 'seat' : null;
}

/**
 * `cafe:<id>:table:<n>` — a table's tablecloth: written by whoever sits at the table this round,
 * read by everyone in the café (newcomers read what earlier rounds wrote; the cockpit and the
 * harvest show them all). `cafe:<id>:harvest` — written by facilitators, read by participants once
 * the facilitator puts the draft up for review. Facilitators write both.
 */
@Injectable()
export class CafeDocumentsAccess implements OnModuleInit {
  constructor(
    private readonly registry: CollabAccessRegistry,
    private readonly cafes: CafesRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register('cafe', (user, parts) => this.resolve(user, parts));
  }

  private async resolve(user: User, [cafeId, kind, table, ...rest]: string[]): Promise<DocAccess | null> {
    if (!cafeId || rest.length > 0 || !/^[0-9a-f]{24}$/.test(cafeId)) throw ApiError.notFound('Document');
    const cafe = await this.cafes.findById(cafeId);
    if (!cafe) throw ApiError.notFound('Document');
    if (kind === 'table' && table !== undefined && /^\d+$/.test(table) && Number(table) < cafe.tables.length) {
      return this.tableAccess(user, cafe, Number(table));
    }
    if (kind === 'harvest' && table === undefined) return this.harvestAccess(user, cafe);
    throw ApiError.notFound('Document');
  }

  private tableAccess(user: User, cafe: StoredCafe, table: number): DocAccess | null {
    if (isFacilitator(user)) return 'write';
    // A published harvest belongs to the whole network, tablecloths included.
    if (!cafe.participants.some((p) => p.id === user.id)) return cafe.harvest.status === 'published' ? 'read' : null;
    const seated = cafe.seatings
      .at(-1)
      ?.tables.find((t) => t.table === table)
      ?.members.includes(user.id);
    return cafe.state === 'running' && seated ? 'write' : 'read';
  }

  private harvestAccess(user: User, cafe: StoredCafe): DocAccess | null {
    if (isFacilitator(user)) return 'write';
    if (cafe.harvest.status === 'published') return 'read';
    const inCafe = cafe.participants.some((p) => p.id === user.id);
    return inCafe && cafe.harvest.status === 'review' ? 'read' : null;
  }
}
