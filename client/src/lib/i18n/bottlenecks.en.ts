/** English texts of the bottleneck register and dashboard; same keys as bottlenecksNl. */
export const bottlenecksEn = {
  title: 'Bottlenecks',
  status: {
    new: 'New',
    recognised: 'Recognised',
    raised: 'Raised with the sector',
    'in-progress': 'In progress',
    solved: 'Solved',
    declined: 'Declined',
  },
  scope: {
    organisational: 'Within the organisation',
    structural: 'Structural (sector or law)',
  },
};
