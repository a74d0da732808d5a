// The answers a participant's age band and gender may take: shared by the form (in the browser)
// and the schema, without zod (decision 030).
export const AGE_BANDS = ["under_25", "25_34", "35_44", "45_54", "55_64", "65_plus"] as const;
export const GENDERS = ["female", "male", "diverse", "not_stated"] as const;
