/** English texts of learning-network meetings and actions; same keys as meetingsNl. */
export const meetingsEn = {
  title: 'Meetings',
};
