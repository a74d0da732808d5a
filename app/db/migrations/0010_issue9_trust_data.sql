-- Issue 9: the data the schema change of 0009 needs (decisions 023, 024, 026, 027), one statement each.

-- Decision 023: the outbox never keeps a working link. Mail stored before this change may hold
-- invitation and password-reset tokens; withhold them as new mail does (email.server.ts).
UPDATE "outbox_email" SET "body" = regexp_replace("body", '([?&]token=)[^\s&#]+', '\1…', 'g');
--> statement-breakpoint

-- Issue 9 (decision 026): a participant has one field for where she works or whom she speaks for.
-- A department stored before the two fields became one moves into the organisation when that is empty.
UPDATE "participant" SET "organisation" = "department", "department" = NULL WHERE "department" IS NOT NULL AND "organisation" IS NULL;
--> statement-breakpoint

-- Decision 024: a certificate names its cohort itself, so it keeps it when the trainee's
-- enrolment is deleted with her account.
UPDATE "certificate" SET "cohort_id" = "enrolment"."cohort_id" FROM "enrolment" WHERE "enrolment"."id" = "certificate"."enrolment_id" AND "certificate"."cohort_id" IS NULL;
--> statement-breakpoint

-- Decision 027: a territory's name per language. The name it had so far is taken as its name in its
-- first language (the one its Needs Review starts in); the other languages are left to the programme
-- admin, and a page in one of them shows this name marked with its language meanwhile.
UPDATE "territory" SET "names" = jsonb_build_object(coalesce("languages"[1], 'en'), "name") WHERE "names" = '{}'::jsonb;
