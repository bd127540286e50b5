import type { Role, TechnologyKind } from '@leernetwerk/shared';

/** Shown at start-up; demo accounts are for trying the product, not for real use. */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export const DEMO_TECHNOLOGIES: { key: string; name: string; kind: TechnologyKind; description: string }[] = [
  {
    key: 'social-support',
    name: 'Social Support app',
    kind: 'app',
    description:
      'Jongerenwerkers leggen elke dag kort vast waar ze waren, hoeveel jongeren ze spraken, over welke onderwerpen en wat hen opviel. ' +
      'De app verving een groepsapp; de gemeente krijgt jaarlijks een overzicht.',
  },
  {
    key: 'growpad',
    name: 'GrowPad',
    kind: 'ehealth',
    description:
      'Cliënten stellen hun eigen doelen en kiezen zelf welke hulpverleners hun informatie zien. ' +
      'Ingezet bij jongvolwassenen met psychische kwetsbaarheid, samen met ervaringsdeskundigen.',
  },
  {
    key: 'vr-bril',
    name: 'VR-bril',
    kind: 'vr',
    description:
      'Vijf VR-brillen, één per hub, om op inloopmomenten en op scholen makkelijk contact te maken met jongeren. ' +
      'Gekozen samen met een lab van een hogeschool.',
  },
];

export const DEMO_ORGANISATIONS: {
  key: string;
  name: string;
  kind: 'sector-body' | 'member';
  description: string;
  technologyKeys: string[];
}[] = [
  {
    key: 'sector',
    name: 'Sociaal Werk werkt!',
    kind: 'sector-body',
    description: 'De brancheorganisatie die het lerend netwerk organiseert.',
    technologyKeys: [],
  },
  {
    key: 'compass',
    name: 'Stichting Compass',
    kind: 'member',
    description: 'Jongerenwerk voor 10 tot 23 jaar in de gemeente Maashorst.',
    technologyKeys: ['social-support'],
  },
  {
    key: 'mee-vivenz',
    name: 'MEE-Vivenz',
    kind: 'member',
    description: 'Blended ondersteuning in meerdere regio’s.',
    technologyKeys: ['growpad'],
  },
  {
    key: 'surplus',
    name: 'Surplus',
    kind: 'member',
    description: 'Jongerenwerk in West-Brabant voor 8 tot 27 jaar.',
    technologyKeys: ['vr-bril'],
  },
];

export const DEMO_USERS: {
  name: string;
  email: string;
  organisationKey: string;
  roles: Role[];
  ambassadorOfKeys: string[];
}[] = [
  { name: 'Anna Beheer', email: 'beheer@demo.nl', organisationKey: 'sector', roles: ['admin'], ambassadorOfKeys: [] },
  {
    name: 'Carla Coördinator',
    email: 'coordinator@demo.nl',
    organisationKey: 'sector',
    roles: ['coordinator'],
    ambassadorOfKeys: [],
  },
  {
    name: 'Frank Aanjager',
    email: 'aanjager@demo.nl',
    organisationKey: 'sector',
    roles: ['facilitator'],
    ambassadorOfKeys: [],
  },
  {
    name: 'Sanne Ambassadeur',
    email: 'ambassadeur@demo.nl',
    organisationKey: 'surplus',
    roles: ['participant'],
    ambassadorOfKeys: ['vr-bril'],
  },
  {
    name: 'Daan Deelnemer',
    email: 'deelnemer@demo.nl',
    organisationKey: 'compass',
    roles: ['participant'],
    ambassadorOfKeys: [],
  },
  {
    name: 'Mila Deelnemer',
    email: 'mila@demo.nl',
    organisationKey: 'mee-vivenz',
    roles: ['participant'],
    ambassadorOfKeys: ['growpad'],
  },
  {
    name: 'Jesse Jongerenwerker',
    email: 'jongerenwerker@demo.nl',
    organisationKey: 'compass',
    roles: ['participant'],
    ambassadorOfKeys: ['social-support'],
  },
];
