-- Decision 023: the outbox never keeps a working link. Mail stored before this change may hold
-- invitation and password-reset tokens; withhold them as new mail does (email.server.ts).
UPDATE "outbox_email" SET "body" = regexp_replace("body", '([?&]token=)[^\s&#]+', '\1…', 'g');
