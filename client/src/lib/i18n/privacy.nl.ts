/** Texts of the privacy guard: what looks like client data, in forms and under shared documents. */
export const privacyNl = {
  kinds: {
    bsn: 'een BSN',
    'name-with-birthdate': 'een naam met een geboortedatum',
    'birth-date': 'een geboortedatum',
    address: 'een adres',
    postcode: 'een postcode',
    'mobile-phone': 'een 06-nummer',
    'private-email': 'een privé-e-mailadres',
    'work-phone': 'een telefoonnummer',
    'work-email': 'een e-mailadres',
  },
  field: {
    block: 'Dit lijkt op gegevens van een cliënt: {{kinds}}. Haal ze weg voordat je opslaat.',
    confirm:
      'Hier staat {{kinds}}. Is dat je eigen werknummer of werkadres? Vink dat hieronder aan en sla opnieuw op. Anders: haal het weg.',
    excerpts: 'Het gaat om: {{excerpts}}',
  },
  confirmLabel: 'Dit is mijn eigen werknummer/werkadres',
  document: {
    heading: 'Let op: gegevens van een cliënt?',
    block:
      'Dit lijkt op gegevens van een cliënt: {{kinds}} ({{excerpts}}). Iedereen die dit document kan lezen, ziet het. Haal het weg of schrijf het anoniem.',
    confirm: 'Hier staat {{kinds}} ({{excerpts}}). Is dat niet je eigen werknummer of werkadres? Haal het dan weg.',
  },
};
