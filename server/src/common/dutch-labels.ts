import type { BottleneckScope, BottleneckStatus, CompassPillar, VotePhase, VoteValue } from '@leernetwerk/shared';

/*
 * Codes as Dutch readers of a download see them (spreadsheets, PDFs): the same words as the Dutch
 * interface. Records over the code unions, so a new code does not compile until it has a label.
 */

export const PILLAR_NL: Record<CompassPillar, string> = {
  vision: 'Visie',
  agreements: 'Afspraken en werkwijze',
  'user-skills': 'Vaardigheden van gebruikers',
  'user-attitude': 'Houding van gebruikers',
  communication: 'Communicatie',
  'target-groups': 'Doelgroepen',
};

export const BOTTLENECK_STATUS_NL: Record<BottleneckStatus, string> = {
  new: 'Nieuw',
  recognised: 'Herkend',
  raised: 'Aangekaart bij de branche',
  'in-progress': 'In behandeling',
  solved: 'Opgelost',
  declined: 'Niet opgepakt',
};

export const BOTTLENECK_SCOPE_NL: Record<BottleneckScope, string> = {
  organisational: 'In de eigen organisatie',
  structural: 'Structureel (sector of wetgeving)',
};

export const VOTE_NL: Record<VoteValue, string> = { agree: 'Eens', disagree: 'Oneens', pass: 'Pas' };

export const VOTE_PHASE_NL: Record<VotePhase, string> = {
  before: 'Voor het gesprek',
  after: 'Na het gesprek',
};
