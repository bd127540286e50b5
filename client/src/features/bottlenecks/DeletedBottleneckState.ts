/** What the register is told when the reporter just deleted a report on its page: it says so there. */
export interface DeletedBottleneckState {
  deletedTitle: string;
}
