import { Injectable } from '@nestjs/common';
import { ErrorCode, Role, type BottleneckSource, type User } from '@leernetwerk/shared';
import { hasAnyRole } from '../auth/has-role';
import { CafesRepository } from '../cafes/cafes.repository';
import { ApiError } from '../common/api-error';
import { BottleneckLinks } from './bottleneck-links';

/** Checks where a report comes from, and names it when the bottleneck is shown. */
@Injectable()
export class BottleneckSources {
  constructor(
    private readonly cafes: CafesRepository,
    private readonly links: BottleneckLinks,
  ) {}

  /** A tablecloth only by someone who sat at the café (or its facilitators); the table and round must exist. */
  async check(user: User, source: BottleneckSource): Promise<void> {
    switch (source.kind) {
      case 'standalone':
        return;
      case 'meeting':
        if ((await this.links.meetings.titleOf(source.meetingId)) === null) throw ApiError.notFound('Meeting');
        return;
      case 'cafe': {
        const cafe = await this.cafes.findById(source.cafeId);
        if (!cafe) throw ApiError.notFound('Café');
        const tookPart = cafe.participants.some((p) => p.id === user.id);
        if (!tookPart && !hasAnyRole(user, [Role.Facilitator, Role.Coordinator])) {
          throw ApiError.forbidden('Only people who took part in the café can report from its tablecloths');
        }
        if (source.table >= cafe.tables.length || source.round > Math.max(cafe.round, 1)) {
          throw new ApiError(ErrorCode.ValidationFailed, 'The café has no such table or round', [
            { path: 'source', message: 'unknown table or round' },
          ]);
        }
        return;
      }
    }
  }

  async titleOf(source: BottleneckSource): Promise<string | null> {
    switch (source.kind) {
      case 'standalone':
        return null;
      case 'meeting':
        return this.links.meetings.titleOf(source.meetingId);
      case 'cafe':
        return (await this.cafes.findById(source.cafeId))?.title ?? null;
    }
  }
}
