/** The four statements of the study's online world café, for the demo network's discussion. */
export const DEMO_CONVERSATION = {
  title: 'Eens of oneens? Sociale technologie in het sociaal werk',
  description: 'Stem op de stellingen van het online wereldcafé en zie waar we het over eens zijn.',
  createdByEmail: 'aanjager@demo.nl',
  statements: [
    'Om te slagen moet je eerst een jaar lang tijd en geld krijgen om te kunnen pionieren',
    'Vanwege de huidige arbeidsmarkt moet werkplezier altijd voorop staan bij de invoering van sociale technologie',
    'Sociaal Werk werkt! moet een overkoepelende visie op sociale technologie in het sociaal werk ontwikkelen',
    'Als we een methodiek als het sociale technologiekompas omarmen, kunnen we samen leren en samen stappen omhoog zetten',
  ],
} as const;
