ALTER TABLE "coding" ADD COLUMN "paragraph_first" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "coding" ADD COLUMN "paragraph_last" integer NOT NULL;