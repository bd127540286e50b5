/** Dutch texts of learning-network meetings and actions (B1); merged into nl under `meetings`. */
export const meetingsNl = {
  title: 'Bijeenkomsten',
};
