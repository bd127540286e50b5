import { describe, expect, it } from '@jest/globals';
import { ownerGroups } from './actionOwners';

const NAMES = { present: 'Aanwezig', others: 'Anderen in het netwerk' };
const meeting = {
  facilitator: { id: 'f'.repeat(24), name: 'Frank Aanjager' },
  attendees: [
    {
      userId: 'd'.repeat(24),
      name: 'Daan Deelnemer',
      organisationName: 'Stichting Compass',
      checkedInAt: '',
      by: 'self' as const,
    },
  ],
};

describe(ownerGroups.name, () => {
  it('offers the facilitator and the attendees first, then the rest of the network, each once', () => {
    const others = [
      { id: 'm'.repeat(24), name: 'Mila Deelnemer', organisationName: 'MEE-Vivenz' },
      { id: 'f'.repeat(24), name: 'Frank Aanjager', organisationName: 'Sociaal Werk werkt!' },
    ];
    expect(ownerGroups(meeting, others, NAMES)).toEqual([
      {
        group: 'Aanwezig',
        items: [
          { value: 'f'.repeat(24), label: 'Frank Aanjager' },
          { value: 'd'.repeat(24), label: 'Daan Deelnemer' },
        ],
      },
      { group: 'Anderen in het netwerk', items: [{ value: 'm'.repeat(24), label: 'Mila Deelnemer (MEE-Vivenz)' }] },
    ]);
  });

  it('leaves out the second group while nobody else is known', () => {
    expect(ownerGroups(meeting, [], NAMES).map((g) => g.group)).toEqual(['Aanwezig']);
  });
});
