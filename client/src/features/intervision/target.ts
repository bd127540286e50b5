/** What an action is about: the thread itself (its opening post) or one reply. */
export type IntervisionTarget = { kind: 'thread'; id: string } | { kind: 'post'; id: string };
