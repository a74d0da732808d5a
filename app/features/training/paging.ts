/** Rows per page of the training lists (cohorts, trainees). */
export const TRAINING_PAGE_SIZE = 25;
