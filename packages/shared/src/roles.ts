import { z } from 'zod';

/** Roles held by a user network-wide. `ambassador` is not here: it is held per technology. */
export const Role = {
  Participant: 'participant',
  Facilitator: 'facilitator',
  Coordinator: 'coordinator',
  Admin: 'admin',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

export const roleSchema = z.enum([Role.Participant, Role.Facilitator, Role.Coordinator, Role.Admin]);
