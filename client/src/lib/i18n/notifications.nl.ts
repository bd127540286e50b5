/** Dutch texts of notifications; merged into nl under `notifications`. */
export const notificationsNl = {
  heading: 'Meldingen',
  bellLabel_one: 'Meldingen, {{count}} ongelezen',
  bellLabel_other: 'Meldingen, {{count}} ongelezen',
  unread_one: '{{count}} ongelezen melding',
  unread_other: '{{count}} ongelezen meldingen',
  empty: 'Je hebt nog geen meldingen.',
  allRead: 'Alles gelezen',
  new: 'nieuw',
  kinds: {
    'ambassador-question': '{{name}} vraagt jou als ambassadeur',
    reply: '{{name}} reageerde',
    'new-thread': '{{name}} begon een draadje',
    'bottleneck-status': '{{name}} zette het knelpunt op: {{status}}',
    'bottleneck-supported': '{{name}} zegt: bij ons ook',
    'bottleneck-merged': '{{name}} voegde het knelpunt samen met een ander',
    'action-assigned': '{{name}} gaf je een actie',
    'action-deleted': '{{name}} haalde een actie van jou weg',
  },
};
