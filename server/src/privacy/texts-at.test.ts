import { textsAt } from './texts-at';

describe(textsAt.name, () => {
  it('reads top-level and nested strings by their concrete path', () => {
    const body = {
      title: 'Café',
      tables: [
        { prompt: { kind: 'question', text: 'Wat werkt?' } },
        { prompt: { kind: 'statement', statementId: 'x' } },
      ],
    };
    expect(textsAt(body, ['title', 'tables.*.prompt.text'])).toEqual({
      title: 'Café',
      'tables.0.prompt.text': 'Wat werkt?',
    });
  });

  it('skips fields a partial update leaves out and values that are not text', () => {
    expect(textsAt({ rounds: 3, note: null }, ['title', 'note', 'rounds', 'agenda.*.title'])).toEqual({});
  });

  it('does not read inherited properties', () => {
    expect(textsAt({}, ['constructor'])).toEqual({});
  });
});
