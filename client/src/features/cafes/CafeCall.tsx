import type { Cafe } from '@leernetwerk/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CallPanel } from '../calls/CallPanel';
import { callKeys, callsApi } from '../calls/callsApi';
import { useCallTicket } from '../calls/useCallTicket';
import { cafeCallPlace, placeKey } from './cafeCallPlace';
import { tableNumber } from './cafeSeats';

interface CafeCallProps {
  cafe: Cafe;
  meId: string;
  facilitator?: boolean;
  /** The table a facilitator visits, or null for the plenary. */
  visit?: number | null;
  actions?: ReactNode;
}

/**
 * The café's call where this person is now: it follows the seat, so a new table (a new round, a
 * move by hand) fetches a new ticket and joins the new room by itself.
 */
export function CafeCall({ cafe, meId, facilitator = false, visit = null, actions }: CafeCallProps) {
  const { t } = useTranslation();
  const place = cafeCallPlace(cafe, meId, facilitator, visit);
  const ticket = useCallTicket(
    callKeys.cafe(cafe.id, placeKey(place)),
    () => callsApi.cafe(cafe.id, place.kind === 'visit' ? place.table : undefined),
    place.kind !== 'none',
  );
  if (place.kind === 'none') return null;
  const heading =
    place.kind === 'plenary'
      ? t('calls.heading.plenary')
      : t(place.kind === 'visit' ? 'calls.heading.visit' : 'calls.heading.table', { number: tableNumber(place.table) });
  return (
    <CallPanel
      ticket={ticket}
      heading={heading}
      context="cafe"
      leadsPlenaryOf={facilitator && place.kind === 'plenary' ? cafe.id : undefined}
      actions={actions}
    />
  );
}
