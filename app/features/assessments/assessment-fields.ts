// Names and limits of the self-assessment and feedback forms, shared by the forms (in the browser)
// and the schemas, without zod (decision 030).
export const COMMENT_MAX = 2000;

/** The form field of a competence's level. */
export function levelField(competenceId: string): string {
  return `level-${competenceId}`;
}
