import { readExcelCsv } from '../common/excel-csv';
import { bottlenecksCsv, type BottleneckCsvRow } from './bottlenecks-csv';

const row = (overrides: Partial<BottleneckCsvRow>): BottleneckCsvRow => ({
  id: '65f000000000000000000001',
  title: 'Inlogcodes verlopen te snel',
  technologyId: null,
  technologyName: null,
  pillar: null,
  scope: 'organisational',
  status: 'new',
  organisationsAffected: 0,
  organisationNames: [],
  createdAt: '2026-03-02T23:30:00.000Z',
  updatedAt: '2026-07-14T22:05:00.000Z',
  ...overrides,
});

describe('bottlenecksCsv', () => {
  const [header, first, second] = readExcelCsv(
    bottlenecksCsv([
      row({
        title: 'Beeldbellen; geen geluid',
        technologyName: 'Beeldbellen',
        pillar: 'user-skills',
        status: 'in-progress',
        scope: 'structural',
        organisationsAffected: 2,
        organisationNames: ['Zorggroep Noord', 'Jeugdwerk Oost'],
      }),
      row({ title: '=cmd|"/c calc"!A1' }),
    ]),
  );

  it('has Dutch column names', () => {
    expect(header).toEqual([
      'Rang',
      'Titel',
      'Aantal organisaties',
      'Organisaties',
      'Status',
      'Soort',
      'Technologie',
      'Pijler van het kompas',
      'Gemeld op',
      'Laatst gewijzigd',
    ]);
  });

  it('writes names and Dutch labels instead of codes and ids, times in Amsterdam', () => {
    expect(first).toEqual([
      '1',
      'Beeldbellen; geen geluid',
      '2',
      'Zorggroep Noord, Jeugdwerk Oost',
      'In behandeling',
      'Structureel (sector of wetgeving)',
      'Beeldbellen',
      'Vaardigheden van gebruikers',
      '03-03-2026 00:30',
      '15-07-2026 00:05',
    ]);
    expect(first?.join(';')).not.toContain('65f0');
  });

  it('never lets a title run as a formula', () => {
    expect(second?.[1]).toBe(`'=cmd|"/c calc"!A1`);
  });
});
