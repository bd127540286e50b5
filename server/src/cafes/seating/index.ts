export { addLateJoiner, type LateJoinerInput } from './add-late-joiner';
export { movePerson, type MoveOptions } from './move-person';
export { pickHosts } from './pick-hosts';
export { removePerson } from './remove-person';
export { seatOf, type Seat } from './seat-lookup';
export { seatRound } from './seat-round';
export { seatingQuality } from './seating-quality';
export type * from './seating.types';
