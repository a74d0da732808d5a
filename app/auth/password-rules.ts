// Shared by the forms (client-visible hints) and by better-auth's configuration.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
