import type { CaseStep, CompassPillar, ThreadKind } from '@leernetwerk/shared';

interface DemoReply {
  byEmail: string;
  body: string;
  step?: CaseStep;
}

interface DemoThread {
  technologyKey: string;
  byEmail: string;
  kind: ThreadKind;
  title: string;
  body: string;
  pillar?: CompassPillar;
  tags: string[];
  askAmbassadors?: boolean;
  replies: DemoReply[];
}

/** A few threads per technology of the study's cases, in our own words, so the area is not empty. */
export const DEMO_THREADS: DemoThread[] = [
  {
    technologyKey: 'social-support',
    byEmail: 'deelnemer@demo.nl',
    kind: 'tip',
    title: 'Registreer direct na je ronde, niet aan het eind van de dag',
    body: 'Wij vullen de app in op de fiets terug naar de hub: twee minuten, en je weet nog precies met hoeveel jongeren je sprak en waarover.',
    pillar: 'agreements',
    tags: ['registratie', 'tijdwinst'],
    replies: [
      {
        byEmail: 'mila@demo.nl',
        body: 'Goed idee. Staat er een vaste herinnering in de app of doe je dat uit jezelf?',
      },
    ],
  },
  {
    technologyKey: 'social-support',
    byEmail: 'deelnemer@demo.nl',
    kind: 'lesson',
    title: 'Van groepsapp naar registratie-app: zeg vooraf wat er met de gegevens gebeurt',
    body: 'Collega’s waren pas enthousiast toen duidelijk was dat de gemeente alleen totalen per jaar krijgt en geen namen.',
    pillar: 'communication',
    tags: ['privacy', 'gemeente'],
    replies: [],
  },
  {
    technologyKey: 'growpad',
    byEmail: 'mila@demo.nl',
    kind: 'case',
    title: 'Casus: een jongere deelt zijn doelen met niemand',
    body: 'Een jongvolwassene gebruikt GrowPad wel, maar zet alles op privé. Hoe houd ik contact zonder hem te dwingen iets te delen?',
    pillar: 'target-groups',
    tags: ['doelen', 'autonomie'],
    replies: [
      { byEmail: 'deelnemer@demo.nl', step: 'questions', body: 'Weet hij dat jij niets ziet, en wil hij dat zo?' },
      {
        byEmail: 'ambassadeur@demo.nl',
        step: 'advice',
        body: 'Vraag of hij één doel wil laten zien, alleen aan jou, en spreek af wanneer jullie het samen bekijken.',
      },
    ],
  },
  {
    technologyKey: 'growpad',
    byEmail: 'mila@demo.nl',
    kind: 'mistake',
    title: 'We begonnen met te veel doelen tegelijk',
    body: 'Vijf doelen in de eerste week was te veel. Nu starten we met één klein doel en breiden we uit.',
    pillar: 'user-skills',
    tags: ['doelen', 'starten'],
    replies: [],
  },
  {
    technologyKey: 'vr-bril',
    byEmail: 'ambassadeur@demo.nl',
    kind: 'tip',
    title: 'Neem hygiënedoekjes en een tweede gezichtsmasker mee',
    body: 'Op scholen gaat de bril van hoofd naar hoofd. Met doekjes en een wisselmasker haken minder jongeren af.',
    pillar: 'user-attitude',
    tags: ['hygiëne', 'scholen'],
    replies: [{ byEmail: 'deelnemer@demo.nl', body: 'Welke doekjes gebruiken jullie? Gewone alcoholdoekjes?' }],
  },
  {
    technologyKey: 'vr-bril',
    byEmail: 'deelnemer@demo.nl',
    kind: 'question',
    title: 'Hoe lang laten jullie een jongere in VR?',
    body: 'Wij twijfelen tussen vijf en tien minuten per keer op een inloopmiddag. Wat werkt bij jullie?',
    pillar: 'agreements',
    tags: ['inloop', 'afspraken'],
    askAmbassadors: true,
    replies: [
      {
        byEmail: 'ambassadeur@demo.nl',
        body: 'Wij houden vijf minuten aan, daarna praten we over wat ze zagen. Dat gesprek is het eigenlijke contact.',
      },
    ],
  },
];
