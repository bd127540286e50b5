import { z } from 'zod';
import { PRIVACY_KINDS } from './privacy-finding';

/**
 * Spread into every request schema whose free text others read. `true` is the writer saying that
 * a `confirm` finding (a landline, 088 number or work e-mail) is their own work contact detail;
 * it never lets client data (`block` findings) through.
 */
export const personalDataConfirmation = {
  confirmPersonalData: z.boolean().optional(),
};

/** One passage the server found, with the request field it is in (`tables.0.prompt.text`). */
export const personalDataFindingSchema = z.object({
  path: z.string(),
  kind: z.enum(PRIVACY_KINDS),
  severity: z.enum(['block', 'confirm']),
  start: z.number().int(),
  end: z.number().int(),
  excerpt: z.string(),
});
export type PersonalDataFinding = z.infer<typeof personalDataFindingSchema>;

/** `details` of PRIVACY_RISK and PRIVACY_CONFIRM_REQUIRED answers. */
export const personalDataRefusalDetailsSchema = z.object({ findings: z.array(personalDataFindingSchema) });
export type PersonalDataRefusalDetails = z.infer<typeof personalDataRefusalDetailsSchema>;
