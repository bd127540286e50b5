/** The start of each demo technology's knowledge page: headings with a first line under each, in our own words. */
export const DEMO_KNOWLEDGE_PAGES: Record<string, { heading: string; lines: string[] }[]> = {
  'social-support': [
    { heading: 'Praktisch gebruik', lines: ['Registreer direct na je ronde; het kost twee minuten.'] },
    {
      heading: 'Afspraken die werken',
      lines: ['Iedereen registreert dezelfde dag; de teamleider kijkt wekelijks mee.'],
    },
    { heading: 'Valkuilen', lines: ['Geen namen van jongeren in de vrije tekst.'] },
    {
      heading: 'Checklist',
      lines: ['Locatie, aantal jongeren, onderwerpen, leeftijd, aanleiding, eigen bevindingen.'],
    },
  ],
  growpad: [
    { heading: 'Praktisch gebruik', lines: ['Begin met één klein doel dat de cliënt zelf kiest.'] },
    { heading: 'Afspraken die werken', lines: ['De cliënt bepaalt wie wat ziet; vraag het opnieuw na elke fase.'] },
    { heading: 'Valkuilen', lines: ['Te veel doelen tegelijk in de eerste week.'] },
    { heading: 'Checklist', lines: ['Doel gekozen, delen besproken, moment om samen terug te kijken gepland.'] },
  ],
  'vr-bril': [
    { heading: 'Praktisch gebruik', lines: ['Vijf minuten in de bril, daarna het gesprek over wat ze zagen.'] },
    { heading: 'Afspraken die werken', lines: ['Eén bril per hub, met een vaste plek om op te laden.'] },
    { heading: 'Valkuilen', lines: ['Zonder doekjes en wisselmasker haken jongeren af.'] },
    { heading: 'Checklist', lines: ['Bril geladen, doekjes mee, rustige hoek, vijf minuten per jongere.'] },
  ],
};
