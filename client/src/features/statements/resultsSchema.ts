import type { ConversationResults } from '@leernetwerk/shared';
import { z } from 'zod';

// The shared package describes the results as TypeScript types only; this schema checks the answer
// at runtime like every other API answer, and `satisfies` keeps it in step with those types.
const tallySchema = z.object({
  agree: z.number(),
  disagree: z.number(),
  pass: z.number(),
  total: z.number(),
});

const groupAgreementSchema = z.object({ groupId: z.number(), agreeRatio: z.number(), votes: z.number() });

export const conversationResultsSchema = z.object({
  conversationId: z.string(),
  computedAt: z.string(),
  tallies: z.array(tallySchema.extend({ statementId: z.string() })),
  voterCount: z.number(),
  qualifiedVoterCount: z.number(),
  groups: z
    .array(
      z.object({
        id: z.number(),
        members: z.array(z.string()),
        representative: z.array(
          z.object({
            statementId: z.string(),
            direction: z.enum(['agree', 'disagree']),
            groupAgreeRatio: z.number(),
            othersAgreeRatio: z.number(),
            groupDirectionRatio: z.number(),
            othersDirectionRatio: z.number(),
            groupVotes: z.number(),
            zScore: z.number(),
            score: z.number(),
          }),
        ),
      }),
    )
    .nullable(),
  groupsWithheldReason: z
    .enum(['too-few-statements', 'too-few-voters', 'too-few-votes', 'groups-too-small', 'no-differences'])
    .nullable(),
  projection: z.array(
    z.object({ participantId: z.string(), x: z.number(), y: z.number(), groupId: z.number().nullable() }),
  ),
  commonGroundBasis: z.enum(['groups', 'all-voters']),
  commonGround: z.array(
    z.object({ statementId: z.string(), consensus: z.number(), groups: z.array(groupAgreementSchema) }),
  ),
  divisive: z.array(
    z.object({ statementId: z.string(), divisiveness: z.number(), groups: z.array(groupAgreementSchema) }),
  ),
  shift: z.array(
    z.object({
      statementId: z.string(),
      before: tallySchema,
      after: tallySchema,
      agreeRatioChange: z.number(),
      changedVotes: z.number(),
    }),
  ),
}) satisfies z.ZodType<ConversationResults>;
