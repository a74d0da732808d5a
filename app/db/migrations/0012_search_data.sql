-- Each transcript's territory is its interview's (decision 034); the key added in 0011_search
-- keeps it so from now on. ANALYZE gives the planner the new column's figures at once (PGlite
-- has no autovacuum to do it): without them it takes a territory for 1 % of the transcripts.
UPDATE transcript t SET territory_id = i.territory_id FROM interview i WHERE i.id = t.interview_id;--> statement-breakpoint
ALTER TABLE "transcript" ALTER COLUMN "territory_id" SET NOT NULL;--> statement-breakpoint
ANALYZE transcript;
