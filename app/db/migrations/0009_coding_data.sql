-- Issue 9 (decision 026): a participant has one field for where she works or whom she speaks for.
-- A department stored before the two fields became one moves into the organisation when that is empty.
UPDATE "participant" SET "organisation" = "department", "department" = NULL WHERE "department" IS NOT NULL AND "organisation" IS NULL;
