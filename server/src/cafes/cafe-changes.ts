import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import type { Cafe } from '@leernetwerk/shared';
import { AccessEvents } from '../access-events/access-events';
import { ApiError } from '../common/api-error';
import { KeyedSerial } from '../common/keyed-serial';
import { CafeBroadcastThrottle } from './cafe-broadcast-throttle';
import { cafeAccessBasis, cafeAccessChange } from './cafe-documents.access';
import { CafeView } from './cafe-view';
import { CafesRepository, type StoredCafe } from './cafes.repository';
import { CafesLive } from './cafes.live';

/**
 * The one way a café changes: alone per café (KeyedSerial), read → change → store → tell the
 * room (throttled, latest state wins), so screens never see a half-made change and two
 * facilitator clicks never interleave.
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
  async apply(id: string, change: (cafe: StoredCafe) => void | boolean | Promise<void>): Promise<Cafe> {
    const { view, changed, accessReason, relisted } = await this.serial.run(id, async () => {
      const cafe = await this.require(id);
      const before = cafeAccessBasis(cafe);
      const listedBefore = this.view.summaryOf(cafe);
      const changed = (await change(cafe)) !== false;
      if (changed) await this.cafes.save(cafe);
      const accessReason = changed ? cafeAccessChange(before, cafeAccessBasis(cafe)) : null;
      const relisted = changed && !isDeepStrictEqual(listedBefore, this.view.summaryOf(cafe));
      return { view: await this.view.of(cafe, await this.live.present(id)), changed, accessReason, relisted };
    });
    if (accessReason) this.accessEvents.changed({ kind: 'owner', owner: `cafe:${id}`, reason: accessReason });
    if (changed) this.broadcasts.send(view);
    // People entering or the clock ticking do not change a list; a new state or title does.
    if (relisted) this.live.listChanged(id);
    return view;
  }
}
