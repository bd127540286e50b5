import type { AgendaBlockKind, BottleneckScope, BottleneckStatus, CompassPillar } from '@leernetwerk/shared';

/*
 * The learning network's own demo content, in our own words: one meeting that took place three
 * weeks ago (minutes, attendance, actions), the next one, and bottlenecks at different stages.
 */

export interface DemoMeeting {
  title: string;
  description: string;
  /** Days from seeding; negative is in the past. */
  inDays: number;
  durationMinutes: number;
  facilitatorEmail: string;
  agenda: { kind: AgendaBlockKind; title: string; minutes: number; link?: 'conversation' | 'vr' }[];
  attendeeEmails: string[];
  minutes: { heading: string; lines: string[] }[];
}

export const DEMO_PAST_MEETING: DemoMeeting = {
  title: 'Lerend netwerk 3: wat houdt ons tegen?',
  description: 'We delen ervaringen met de VR-bril, praten over de stellingen en halen knelpunten op voor de branche.',
  inDays: -21,
  durationMinutes: 150,
  facilitatorEmail: 'aanjager@demo.nl',
  agenda: [
    { kind: 'plenary', title: 'Welkom en terugblik op de acties', minutes: 15 },
    { kind: 'statements', title: 'Stellingenronde: eens of oneens?', minutes: 30, link: 'conversation' },
    { kind: 'intervision', title: 'Intervisie: de VR-bril in de dagbesteding', minutes: 45, link: 'vr' },
    { kind: 'plenary', title: 'Knelpunten ophalen en acties afspreken', minutes: 40 },
    { kind: 'free', title: 'Napraten', minutes: 20 },
  ],
  attendeeEmails: [
    'deelnemer@demo.nl',
    'mila@demo.nl',
    'ambassadeur@demo.nl',
    'jongerenwerker@demo.nl',
    'coordinator@demo.nl',
  ],
  minutes: [
    {
      heading: 'Terugblik',
      lines: ['Twee van de drie acties van de vorige keer zijn klaar. De laadtips voor de VR-bril staan nog open.'],
    },
    {
      heading: 'Stellingen',
      lines: [
        'De meeste deelnemers zijn het eens dat technologie werk kan besparen, maar alleen als de afspraken kloppen.',
        'Over werkplezier lopen de meningen uiteen: het hangt af van hoe een team ermee begint.',
      ],
    },
    {
      heading: 'Intervisie VR-bril',
      lines: [
        'Sanne vertelde hoe haar team de bril inzet bij onrust. Tip: begin met korte sessies van vijf minuten.',
        'Vraag uit de groep: wie houdt de brillen schoon en opgeladen? Dat is nergens afgesproken.',
      ],
    },
    {
      heading: 'Knelpunten',
      lines: [
        'Licenties worden niet vergoed; dit speelt bij drie organisaties. We brengen het in bij de branche.',
        'Er is geen tijd ingeroosterd om een nieuwe technologie te leren.',
      ],
    },
  ],
};

export const DEMO_NEXT_MEETING: DemoMeeting = {
  title: 'Lerend netwerk 4: samen opschalen',
  description: 'We kijken wat de branche met onze knelpunten deed en oefenen met het opschalingscanvas.',
  inDays: 14,
  durationMinutes: 120,
  facilitatorEmail: 'aanjager@demo.nl',
  agenda: [
    { kind: 'plenary', title: 'Nieuws van de branche over onze knelpunten', minutes: 20 },
    { kind: 'cafe', title: 'Wereldcafé: van pilot naar vaste werkwijze', minutes: 60 },
    { kind: 'plenary', title: 'Acties afspreken', minutes: 25 },
  ],
  attendeeEmails: [],
  minutes: [],
};

export interface DemoBottleneck {
  key: string;
  title: string;
  description: string;
  technologyKey: string | null;
  pillar: CompassPillar | null;
  scope: BottleneckScope;
  reporterEmail: string;
  /** Reported during the past demo meeting. */
  fromMeeting: boolean;
  supporters: { email: string; note: string }[];
  /** Status moves in order, each with its public explanation. */
  moves: { to: BottleneckStatus; explanation: string }[];
}

export const DEMO_BOTTLENECKS: DemoBottleneck[] = [
  {
    key: 'licences',
    title: 'Licenties van apps worden niet vergoed',
    description:
      'Een app werkt goed in de pilot, maar daarna betaalt niemand de licentie. Gemeenten en zorgverzekeraars wijzen naar elkaar.',
    technologyKey: 'growpad',
    pillar: 'vision',
    scope: 'structural',
    reporterEmail: 'mila@demo.nl',
    fromMeeting: true,
    supporters: [
      { email: 'deelnemer@demo.nl', note: 'Bij ons stopte een pilot hierdoor.' },
      { email: 'ambassadeur@demo.nl', note: '' },
    ],
    moves: [
      { to: 'recognised', explanation: 'Drie organisaties herkennen dit in de bijeenkomst.' },
      { to: 'raised', explanation: 'Ingebracht bij het brancheoverleg van deze maand.' },
    ],
  },
  {
    key: 'learning-time',
    title: 'Geen tijd ingeroosterd om nieuwe technologie te leren',
    description: 'Collega’s moeten een nieuwe app naast hun gewone werk leren. Er staat geen tijd voor in het rooster.',
    technologyKey: null,
    pillar: 'user-skills',
    scope: 'structural',
    reporterEmail: 'ambassadeur@demo.nl',
    fromMeeting: true,
    supporters: [{ email: 'jongerenwerker@demo.nl', note: 'Ook in het jongerenwerk.' }],
    moves: [
      { to: 'recognised', explanation: 'Herkend door het netwerk.' },
      { to: 'raised', explanation: 'Meegenomen naar de werkgroep arbeidsmarkt van de branche.' },
      { to: 'in-progress', explanation: 'De branche maakt een voorbeeldafspraak voor leertijd in de cao-tafel.' },
    ],
  },
  {
    key: 'wifi',
    title: 'Wifi op de woongroepen is te zwak voor de VR-bril',
    description: 'De bril laadt filmpjes traag of valt weg. Dan haken cliënten en collega’s af.',
    technologyKey: 'vr-bril',
    pillar: 'agreements',
    scope: 'organisational',
    reporterEmail: 'ambassadeur@demo.nl',
    fromMeeting: false,
    supporters: [],
    moves: [],
  },
  {
    key: 'municipality-data',
    title: 'De gemeente kon de registraties uit de app niet gebruiken',
    description:
      'De Social Support app levert andere cijfers dan de gemeente vraagt, dus moesten we alles dubbel invoeren.',
    technologyKey: 'social-support',
    pillar: 'target-groups',
    scope: 'structural',
    reporterEmail: 'jongerenwerker@demo.nl',
    fromMeeting: false,
    supporters: [],
    moves: [
      { to: 'recognised', explanation: 'Herkend.' },
      { to: 'raised', explanation: 'Besproken met de gemeente en de leverancier.' },
      { to: 'solved', explanation: 'De app levert nu een jaaroverzicht in het formaat van de gemeente.' },
    ],
  },
  {
    key: 'extra-app',
    title: 'Jongeren willen geen extra app op hun telefoon',
    description: 'Jongeren zeggen dat ze al te veel apps hebben en installeren de app niet.',
    technologyKey: 'social-support',
    pillar: 'user-attitude',
    scope: 'organisational',
    reporterEmail: 'deelnemer@demo.nl',
    fromMeeting: false,
    supporters: [],
    moves: [
      {
        to: 'declined',
        explanation:
          'Dit is geen knelpunt voor de branche: de app is voor jongerenwerkers, niet voor jongeren. Zie de intervisie voor tips.',
      },
    ],
  },
];

export const DEMO_ACTIONS: {
  text: string;
  ownerEmail: string;
  /** Days from seeding. */
  dueInDays: number | null;
  status: 'open' | 'done' | 'dropped';
  bottleneckKey: string | null;
}[] = [
  {
    text: 'Laadtips voor de VR-bril op de kennispagina zetten',
    ownerEmail: 'ambassadeur@demo.nl',
    dueInDays: -7,
    status: 'done',
    bottleneckKey: null,
  },
  {
    text: 'Het licentieprobleem inbrengen bij het brancheoverleg',
    ownerEmail: 'coordinator@demo.nl',
    dueInDays: -2,
    status: 'done',
    bottleneckKey: 'licences',
  },
  {
    text: 'Navragen bij de gemeente of GrowPad-licenties vergoed kunnen worden',
    ownerEmail: 'mila@demo.nl',
    dueInDays: 10,
    status: 'open',
    bottleneckKey: 'licences',
  },
  {
    text: 'Afspreken wie de VR-brillen schoonmaakt en oplaadt',
    ownerEmail: 'ambassadeur@demo.nl',
    dueInDays: 5,
    status: 'open',
    bottleneckKey: null,
  },
];
