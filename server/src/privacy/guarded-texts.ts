// Free-text fields of the larger request bodies that others read, for PersonalDataPipe. The
// meeting's times and linked ids are not text; a table with a statement has its text checked
// when the statement was proposed.
export const CAFE_TEXTS = ['title', 'centralQuestion', 'tables.*.prompt.text'] as const;
export const MEETING_TEXTS = ['title', 'description', 'agenda.*.title'] as const;
