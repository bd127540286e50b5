import { Injectable } from '@nestjs/common';
import { ErrorCode, type Cafe, type HarvestFeedbackRequest, type User } from '@leernetwerk/shared';
import { ApiError } from '../../common/api-error';
import { CafeChanges } from '../cafe-changes';
import { requireState } from '../cafe-errors';

/**
 * The harvest's way to publication: the facilitator's draft goes to the participants for review
 * (membercheck: they approve or comment), then the facilitator publishes it.
 */
@Injectable()
export class CafeHarvest {
  constructor(private readonly changes: CafeChanges) {}

  openReview(id: string): Promise<Cafe> {
    return this.changes.apply(id, (cafe) => {
      requireState(cafe.state, ['harvest'], 'put the harvest up for review');
      if (cafe.harvest.status !== 'draft') throw wrongStep('The harvest is already up for review or published');
      cafe.harvest.status = 'review';
    });
  }

  /** One verdict per person; giving another replaces it. */
  giveFeedback(user: User, id: string, feedback: HarvestFeedbackRequest): Promise<Cafe> {
    return this.changes.apply(id, (cafe) => {
      if (cafe.harvest.status !== 'review') throw wrongStep('The harvest is not up for review');
      if (!cafe.participants.some((p) => p.id === user.id)) throw ApiError.forbidden('Only participants review');
      cafe.harvest.feedback = [
        ...cafe.harvest.feedback.filter((f) => f.userId !== user.id),
        { ...feedback, userId: user.id, name: user.name, at: new Date().toISOString() },
      ];
    });
  }

  publish(id: string): Promise<Cafe> {
    return this.changes.apply(id, (cafe) => {
      requireState(cafe.state, ['harvest', 'closed'], 'publish the harvest');
      if (cafe.harvest.status !== 'review') throw wrongStep('Put the harvest up for review first');
      cafe.harvest.status = 'published';
    });
  }
}

function wrongStep(message: string): ApiError {
  return new ApiError(ErrorCode.CafeWrongState, message);
}
