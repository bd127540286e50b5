import { findBirthDates } from './birth-dates';

const today = new Date(2026, 10, 23);
const found = (text: string) => findBirthDates(text, today).map(({ kind, excerpt }) => ({ kind, excerpt }));

describe(findBirthDates.name, () => {
  it.each([
    ['Jan de Vries (geb. 12-03-2009) woont bij zijn moeder', 'Jan de Vries (geb. 12-03-2009'],
    ['Mohammed, geboren 3 april 2011, zit in groep 8', 'Mohammed, geboren 3 april 2011'],
    ['We spraken over Sanne, geboren op 1/2/09.', 'Sanne, geboren op 1/2/09'],
    ['Het gaat om mevrouw Jansen, geboortedatum: 14.07.1956', 'Jansen, geboortedatum: 14.07.1956'],
    ['Anne-Marie Bakker 12 maart 2009 is de oudste', 'Anne-Marie Bakker 12 maart 2009'],
    ['Op 5 okt. 2015 werd Lotte geboren', '5 okt. 2015 werd Lotte geboren'],
    ['Noor (12-03-2009) heeft een begeleider', 'Noor (12-03-2009'],
    ['De jongen, Daan, geb 2011, komt uit een gezin van vijf', 'Daan, geb 2011'],
  ])('finds a name with its birth date in "%s"', (text, excerpt) => {
    expect(found(text)).toEqual([{ kind: 'name-with-birthdate', excerpt }]);
  });

  it.each([
    ['De cliënt is geboren op 12-03-2009 en woont zelfstandig', 'geboren op 12-03-2009'],
    ['geb.datum: 14-07-1956', 'geb.datum: 14-07-1956'],
    ['Op 12-03-2009 is hij geboren', '12-03-2009 is hij geboren'],
  ])('finds a full birth date without a name in "%s"', (text, excerpt) => {
    expect(found(text)).toEqual([{ kind: 'birth-date', excerpt }]);
  });

  it.each([
    ['a meeting date', 'We vergaderen op 12-03-2025 over de app'],
    ['a date without a year', 'Sociaal Werk werkt! had op 14 maart een bijeenkomst'],
    ['a recent date next to a colleague', 'Op 12-03-2026 sprak ik met Petra over de casus'],
    ['a future date next to a colleague', 'Karin de Boer geeft op 3 februari 2027 een training'],
    ['a birth year without a name: a cohort', 'Kinderen geboren in 2011 gaan nu naar de brugklas'],
    ['a name with an age', 'Jan (14 jaar) wil graag voetballen'],
    ['a name without a date', 'Collega Fatima van het wijkteam belde me'],
    ['a date whose "name" is a place', 'Op 4 mei 2019 opende in Breda een nieuwe locatie'],
    ['a year alone', 'In 2023 startten we met VR in Breda'],
    ['"gebruik" is not "geb"', 'Het gebruik 12-03-2009 ging goed'],
    ['an impossible date', 'Jan 31-02-2009'],
    ['an old date before a colleague acting', 'Tijdens de intervisie van 12-01-2024 bracht Linda een casus in.'],
    ['an old event near an organisation', 'Op 3 juni 2024 organiseerde Stichting Welzijn Oss een training'],
  ])('ignores %s', (_label, text) => {
    expect(found(text)).toEqual([]);
  });

  it('counts an old date straight after a name, even without "geboren", as a birth date', () => {
    expect(found('Noor Yilmaz 12-03-2009 heeft een begeleider')).toEqual([
      { kind: 'name-with-birthdate', excerpt: 'Noor Yilmaz 12-03-2009' },
    ]);
  });

  it('does not link a name to a date more than 40 characters away', () => {
    expect(found('Noor Yilmaz heeft een begeleider die haar al jaren helpt, geboren op 12-03-2009')).toEqual([
      { kind: 'birth-date', excerpt: 'geboren op 12-03-2009' },
    ]);
  });
});
