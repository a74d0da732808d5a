-- Decision 024: a certificate names its cohort itself, so it keeps it when the trainee's
-- enrolment is deleted with her account.
UPDATE "certificate" SET "cohort_id" = "enrolment"."cohort_id" FROM "enrolment" WHERE "enrolment"."id" = "certificate"."enrolment_id" AND "certificate"."cohort_id" IS NULL;
