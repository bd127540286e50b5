/** Dutch texts of the bottleneck register and dashboard (B1); merged into nl under `bottlenecks`. */
export const bottlenecksNl = {
  title: 'Knelpunten',
  status: {
    new: 'Nieuw',
    recognised: 'Herkend',
    raised: 'Aangekaart bij de branche',
    'in-progress': 'In behandeling',
    solved: 'Opgelost',
    declined: 'Niet opgepakt',
  },
  scope: {
    organisational: 'In de eigen organisatie',
    structural: 'Structureel (sector of wetgeving)',
  },
};
