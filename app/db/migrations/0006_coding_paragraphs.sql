ALTER TABLE "coding" ADD COLUMN "paragraph_first" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "coding" ADD COLUMN "paragraph_last" integer NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "coding_once_idx" ON "coding" USING btree ("transcript_id","theme_id","coder_user_id","start","end");