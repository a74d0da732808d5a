// Rows per page of the Needs Review lists (sources, participants).
export const NEEDS_REVIEW_PAGE_SIZE = 50;
