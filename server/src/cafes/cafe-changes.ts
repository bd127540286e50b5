import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type AccessChangeReason, type Cafe } from '@leernetwerk/shared';
import { AccessEvents } from '../access-events/access-events';
import { ApiError } from '../common/api-error';
import { KeyedSerial } from '../common/keyed-serial';
import { CafeBroadcastThrottle } from './cafe-broadcast-throttle';
import { cafeAccessBasis, cafeAccessChange } from './cafe-documents.access';
import { CafeView } from './cafe-view';
import { CafesRepository, type StoredCafe } from './cafes.repository';
import { CafesLive } from './cafes.live';

/** A change stored by another process first is read and made again, at most this often. */
const MAX_ATTEMPTS = 8;

/**
 * The one way a café changes: read → change → store only if nobody stored a change since the read
 * (compare-and-set on the revision, so several server processes never overwrite each other; on a
 * clash the change is made again on the fresh café) → tell the room (throttled, latest state
 * wins). Within one process changes also run one at a time per café (KeyedSerial), which only
 * saves needless clashes; correctness comes from the conditional write.
 */
@Injectable()
export class CafeChanges {
  private readonly serial = new KeyedSerial();

  constructor(
    private readonly cafes: CafesRepository,
    private readonly view: CafeView,
    private readonly live: CafesLive,
    private readonly broadcasts: CafeBroadcastThrottle,
    private readonly accessEvents: AccessEvents,
  ) {}

  async require(id: string): Promise<StoredCafe> {
    const cafe = await this.cafes.findById(id);
    if (!cafe) throw ApiError.notFound('Café');
    return cafe;
  }

  async get(id: string): Promise<Cafe> {
    return this.view.of(await this.require(id), await this.live.present(id));
  }

  /**
   * `change` returns false when it changed nothing: then nothing is stored or sent. When a change
   * moves what document access depends on (seats, state), open documents are decided again.
   */
  async apply(id: string, change: (cafe: StoredCafe) => void | boolean | Promise<void | boolean>): Promise<Cafe> {
    const { view, changed, accessReason, relisted } = await this.serial.run(id, async () => {
      for (let attempt = 1; ; attempt += 1) {
        const cafe = await this.require(id);
        const before = cafeAccessBasis(cafe);
        const listedBefore = this.view.summaryOf(cafe);
        const changed = (await change(cafe)) !== false;
        if (changed && !(await this.cafes.save(cafe))) {
          if (attempt < MAX_ATTEMPTS) continue;
          throw new ApiError(ErrorCode.CafeChanged, 'The café kept changing meanwhile; try again');
        }
        const accessReason = changed ? cafeAccessChange(before, cafeAccessBasis(cafe)) : null;
        const relisted = changed && !isDeepStrictEqual(listedBefore, this.view.summaryOf(cafe));
        return { view: await this.view.of(cafe, await this.live.present(id)), changed, accessReason, relisted };
      }
    });
    if (accessReason) this.accessEvents.changed({ kind: 'owner', owner: `cafe:${id}`, reason: accessReason });
    if (changed) this.broadcasts.send(view);
    // People entering or the clock ticking do not change a list; a new state or title does.
    if (relisted) this.live.listChanged(id);
    return view;
  }

  /**
   * After a change stored by one atomic write of its own (see CafesRepository.joinLobby), with the
   * café that write answered: it goes to the room, and open documents are decided again for
   * `accessReason`.
   */
  async written(cafe: StoredCafe, accessReason: AccessChangeReason | null): Promise<Cafe> {
    const view = await this.view.of(cafe, await this.live.present(cafe.id));
    if (accessReason) this.accessEvents.changed({ kind: 'owner', owner: `cafe:${cafe.id}`, reason: accessReason });
    this.broadcasts.send(view);
    return view;
  }
}
