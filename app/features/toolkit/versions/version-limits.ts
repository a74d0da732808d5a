// The limit of a version's note, shared by the page (in the browser) and the schema, without zod (decision 030).
export const NOTE_MAX = 500;
