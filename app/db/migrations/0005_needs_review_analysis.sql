CREATE TABLE "agreement_check" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"coder_a_user_id" text NOT NULL,
	"coder_b_user_id" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "agreement_check_two_coders" CHECK ("agreement_check"."coder_a_user_id" <> "agreement_check"."coder_b_user_id")
);
--> statement-breakpoint
CREATE TABLE "coding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"transcript_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"coder_user_id" text,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"quote" text NOT NULL,
	"memo" text DEFAULT '' NOT NULL,
	"placement" text DEFAULT 'placed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coding_range_check" CHECK ("coding"."start" >= 0 and "coding"."end" > "coding"."start")
);
--> statement-breakpoint
CREATE TABLE "pseudonym_replacement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"original" text NOT NULL,
	"replacement" text NOT NULL,
	"kind" text NOT NULL,
	"occurrences" integer NOT NULL,
	"confirmed_by_user_id" text,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "theme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"colour" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"default_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"statement" text NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"priority" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_config" "regconfig" DEFAULT 'simple'::regconfig NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector("search_config", coalesce("statement", ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "finding_evidence" (
	"finding_id" uuid NOT NULL,
	"coding_id" uuid NOT NULL,
	CONSTRAINT "finding_evidence_finding_id_coding_id_pk" PRIMARY KEY("finding_id","coding_id")
);
--> statement-breakpoint
CREATE TABLE "focus_group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "focus_group_attendee" (
	"focus_group_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	CONSTRAINT "focus_group_attendee_focus_group_id_participant_id_pk" PRIMARY KEY("focus_group_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "focus_group_finding" (
	"focus_group_id" uuid NOT NULL,
	"finding_id" uuid NOT NULL,
	"outcome" text,
	"amended_statement" text,
	"notes" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "focus_group_finding_focus_group_id_finding_id_pk" PRIMARY KEY("focus_group_id","finding_id")
);
--> statement-breakpoint
CREATE TABLE "needs_review_report" (
	"territory_id" uuid PRIMARY KEY NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"conclusions" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" text
);
--> statement-breakpoint
CREATE TABLE "report_publication" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"language" text NOT NULL,
	"content" jsonb NOT NULL,
	"published_by_user_id" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "desk_source" ADD COLUMN "search_config" "regconfig" DEFAULT 'simple'::regconfig NOT NULL;--> statement-breakpoint
ALTER TABLE "desk_source" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector("search_config", coalesce("title", '') || ' ' || coalesce("notes", ''))) STORED;--> statement-breakpoint
ALTER TABLE "interview" ADD COLUMN "search_config" "regconfig" DEFAULT 'simple'::regconfig NOT NULL;--> statement-breakpoint
ALTER TABLE "interview" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector("search_config", coalesce("notes", ''))) STORED;--> statement-breakpoint
ALTER TABLE "participant" ADD COLUMN "organisation" text;--> statement-breakpoint
ALTER TABLE "transcript" ADD COLUMN "pseudonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "transcript" ADD COLUMN "search_config" "regconfig" DEFAULT 'simple'::regconfig NOT NULL;--> statement-breakpoint
ALTER TABLE "transcript" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector("search_config", coalesce("text", ''))) STORED;--> statement-breakpoint
ALTER TABLE "agreement_check" ADD CONSTRAINT "agreement_check_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_check" ADD CONSTRAINT "agreement_check_interview_id_interview_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interview"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_check" ADD CONSTRAINT "agreement_check_coder_a_user_id_user_id_fk" FOREIGN KEY ("coder_a_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_check" ADD CONSTRAINT "agreement_check_coder_b_user_id_user_id_fk" FOREIGN KEY ("coder_b_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_check" ADD CONSTRAINT "agreement_check_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding" ADD CONSTRAINT "coding_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding" ADD CONSTRAINT "coding_interview_id_interview_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interview"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding" ADD CONSTRAINT "coding_transcript_id_transcript_id_fk" FOREIGN KEY ("transcript_id") REFERENCES "public"."transcript"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding" ADD CONSTRAINT "coding_theme_id_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."theme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding" ADD CONSTRAINT "coding_coder_user_id_user_id_fk" FOREIGN KEY ("coder_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pseudonym_replacement" ADD CONSTRAINT "pseudonym_replacement_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pseudonym_replacement" ADD CONSTRAINT "pseudonym_replacement_interview_id_interview_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interview"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pseudonym_replacement" ADD CONSTRAINT "pseudonym_replacement_confirmed_by_user_id_user_id_fk" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme" ADD CONSTRAINT "theme_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme" ADD CONSTRAINT "theme_parent_id_theme_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."theme"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding" ADD CONSTRAINT "finding_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding" ADD CONSTRAINT "finding_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_evidence" ADD CONSTRAINT "finding_evidence_finding_id_finding_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."finding"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_evidence" ADD CONSTRAINT "finding_evidence_coding_id_coding_id_fk" FOREIGN KEY ("coding_id") REFERENCES "public"."coding"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_group" ADD CONSTRAINT "focus_group_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_group" ADD CONSTRAINT "focus_group_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_group_attendee" ADD CONSTRAINT "focus_group_attendee_focus_group_id_focus_group_id_fk" FOREIGN KEY ("focus_group_id") REFERENCES "public"."focus_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_group_attendee" ADD CONSTRAINT "focus_group_attendee_participant_id_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_group_finding" ADD CONSTRAINT "focus_group_finding_focus_group_id_focus_group_id_fk" FOREIGN KEY ("focus_group_id") REFERENCES "public"."focus_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_group_finding" ADD CONSTRAINT "focus_group_finding_finding_id_finding_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."finding"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_review_report" ADD CONSTRAINT "needs_review_report_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_review_report" ADD CONSTRAINT "needs_review_report_updated_by_user_id_user_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_publication" ADD CONSTRAINT "report_publication_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_publication" ADD CONSTRAINT "report_publication_published_by_user_id_user_id_fk" FOREIGN KEY ("published_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_check_territory_idx" ON "agreement_check" USING btree ("territory_id","interview_id");--> statement-breakpoint
CREATE INDEX "coding_territory_theme_idx" ON "coding" USING btree ("territory_id","theme_id");--> statement-breakpoint
CREATE INDEX "coding_transcript_coder_idx" ON "coding" USING btree ("transcript_id","coder_user_id","start");--> statement-breakpoint
CREATE INDEX "coding_interview_idx" ON "coding" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "pseudonym_replacement_original_idx" ON "pseudonym_replacement" USING btree ("territory_id",lower("original"));--> statement-breakpoint
CREATE INDEX "pseudonym_replacement_interview_idx" ON "pseudonym_replacement" USING btree ("interview_id");--> statement-breakpoint
CREATE UNIQUE INDEX "theme_territory_name_idx" ON "theme" USING btree ("territory_id",lower("name"));--> statement-breakpoint
CREATE INDEX "theme_territory_parent_idx" ON "theme" USING btree ("territory_id","parent_id","position");--> statement-breakpoint
CREATE INDEX "finding_territory_idx" ON "finding" USING btree ("territory_id","kind","position");--> statement-breakpoint
CREATE INDEX "finding_search_idx" ON "finding" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "finding_evidence_coding_idx" ON "finding_evidence" USING btree ("coding_id");--> statement-breakpoint
CREATE INDEX "focus_group_territory_idx" ON "focus_group" USING btree ("territory_id","held_on");--> statement-breakpoint
CREATE INDEX "focus_group_attendee_participant_idx" ON "focus_group_attendee" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "focus_group_finding_finding_idx" ON "focus_group_finding" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "report_publication_territory_idx" ON "report_publication" USING btree ("territory_id","published_at");--> statement-breakpoint
CREATE INDEX "desk_source_search_idx" ON "desk_source" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "interview_search_idx" ON "interview" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "transcript_search_idx" ON "transcript" USING gin ("search_vector");--> statement-breakpoint
-- Full-text search follows the language of the text. The database sets each searchable row's
-- configuration itself, so no write path can forget it: interviews and their transcripts by the
-- interview's language, desk sources and findings by the territory's first language.
CREATE OR REPLACE FUNCTION search_config_for(lang text) RETURNS regconfig AS $$
  SELECT CASE lower(lang)
    WHEN 'de' THEN 'german'::regconfig
    WHEN 'it' THEN 'italian'::regconfig
    WHEN 'es' THEN 'spanish'::regconfig
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'fr' THEN 'french'::regconfig
    WHEN 'pt' THEN 'portuguese'::regconfig
    WHEN 'nl' THEN 'dutch'::regconfig
    ELSE 'simple'::regconfig
  END
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION interview_set_search_config() RETURNS trigger AS $$
BEGIN
  NEW.search_config := search_config_for(NEW.language);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER interview_search_config BEFORE INSERT OR UPDATE OF language ON interview
  FOR EACH ROW EXECUTE FUNCTION interview_set_search_config();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION interview_language_to_transcript() RETURNS trigger AS $$
BEGIN
  UPDATE transcript SET search_config = NEW.search_config WHERE interview_id = NEW.id AND search_config <> NEW.search_config;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER interview_language_to_transcript AFTER UPDATE OF language ON interview
  FOR EACH ROW EXECUTE FUNCTION interview_language_to_transcript();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION transcript_set_search_config() RETURNS trigger AS $$
BEGIN
  NEW.search_config := (SELECT search_config FROM interview WHERE id = NEW.interview_id);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER transcript_search_config BEFORE INSERT OR UPDATE OF interview_id ON transcript
  FOR EACH ROW EXECUTE FUNCTION transcript_set_search_config();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION territory_row_set_search_config() RETURNS trigger AS $$
BEGIN
  NEW.search_config := search_config_for((SELECT languages[1] FROM territory WHERE id = NEW.territory_id));
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER desk_source_search_config BEFORE INSERT OR UPDATE OF territory_id ON desk_source
  FOR EACH ROW EXECUTE FUNCTION territory_row_set_search_config();
--> statement-breakpoint
CREATE TRIGGER finding_search_config BEFORE INSERT OR UPDATE OF territory_id ON finding
  FOR EACH ROW EXECUTE FUNCTION territory_row_set_search_config();
--> statement-breakpoint
UPDATE interview SET language = language;
--> statement-breakpoint
UPDATE desk_source SET territory_id = territory_id;
