CREATE TABLE "round_table" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text,
	"votes_per_participant" integer DEFAULT 3 NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_table_contribution" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_table_id" uuid NOT NULL,
	"proposal" text NOT NULL,
	"finding_id" uuid,
	"proposed_by_participant_id" uuid,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_table_need" (
	"round_table_id" uuid NOT NULL,
	"finding_id" uuid NOT NULL,
	CONSTRAINT "round_table_need_round_table_id_finding_id_pk" PRIMARY KEY("round_table_id","finding_id")
);
--> statement-breakpoint
CREATE TABLE "round_table_participant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_table_id" uuid NOT NULL,
	"name" text NOT NULL,
	"organisation_name" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"scope" text NOT NULL,
	"user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_table_vote" (
	"contribution_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"recorded_by_user_id" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_table_vote_contribution_id_participant_id_pk" PRIMARY KEY("contribution_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "competence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"key" text NOT NULL,
	"group" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"esco_uri" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competence_programme_key_unique" UNIQUE("programme_id","key")
);
--> statement-breakpoint
CREATE TABLE "competence_level" (
	"competence_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"descriptor" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "competence_level_competence_id_level_pk" PRIMARY KEY("competence_id","level")
);
--> statement-breakpoint
CREATE TABLE "module_competence" (
	"module_id" uuid NOT NULL,
	"competence_id" uuid NOT NULL,
	CONSTRAINT "module_competence_module_id_competence_id_pk" PRIMARY KEY("module_id","competence_id")
);
--> statement-breakpoint
CREATE TABLE "module_contribution" (
	"module_id" uuid NOT NULL,
	"contribution_id" uuid NOT NULL,
	CONSTRAINT "module_contribution_module_id_contribution_id_pk" PRIMARY KEY("module_id","contribution_id")
);
--> statement-breakpoint
CREATE TABLE "module_finding" (
	"module_id" uuid NOT NULL,
	"finding_id" uuid NOT NULL,
	CONSTRAINT "module_finding_module_id_finding_id_pk" PRIMARY KEY("module_id","finding_id")
);
--> statement-breakpoint
CREATE TABLE "module_material" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"file_name" text,
	"media_type" text,
	"size" integer,
	"content" "bytea",
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "toolkit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"territory_id" uuid,
	"title" text NOT NULL,
	"language" text NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"copied_from_version_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "toolkit_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"toolkit_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"content" jsonb NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "training_module" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"toolkit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"learning_outcomes" text[] DEFAULT '{}' NOT NULL,
	"methods" text[] DEFAULT '{}' NOT NULL,
	"duration_minutes" integer NOT NULL,
	"trainer_notes" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"session_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"status" text NOT NULL,
	"recorded_by_user_id" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_session_id_enrolment_id_pk" PRIMARY KEY("session_id","enrolment_id")
);
--> statement-breakpoint
CREATE TABLE "calendar_feed" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"cohort_id" uuid,
	"user_id" text,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feed_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "certificate" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"recipient_name" text NOT NULL,
	"language" text NOT NULL,
	"credential" jsonb NOT NULL,
	"signed_credential" text NOT NULL,
	"signing_key_id" uuid NOT NULL,
	"issued_by_user_id" text,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by_user_id" text,
	"revocation_reason" text
);
--> statement-breakpoint
CREATE TABLE "cohort" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"territory_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'staff' NOT NULL,
	"toolkit_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"attendance_threshold_percent" integer DEFAULT 75 NOT NULL,
	"require_post_assessment" boolean DEFAULT true NOT NULL,
	"midway_assessment" boolean DEFAULT false NOT NULL,
	"completed_at" timestamp with time zone,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrolment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"department" text DEFAULT '' NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolment_cohort_user_unique" UNIQUE("cohort_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "self_assessment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_assessment_enrolment_phase_unique" UNIQUE("enrolment_id","phase")
);
--> statement-breakpoint
CREATE TABLE "self_assessment_rating" (
	"assessment_id" uuid NOT NULL,
	"competence_id" uuid NOT NULL,
	"level" integer NOT NULL,
	CONSTRAINT "self_assessment_rating_assessment_id_competence_id_pk" PRIMARY KEY("assessment_id","competence_id")
);
--> statement-breakpoint
CREATE TABLE "session_feedback" (
	"session_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"rating" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_feedback_session_id_enrolment_id_pk" PRIMARY KEY("session_id","enrolment_id")
);
--> statement-breakpoint
CREATE TABLE "session_module" (
	"session_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	CONSTRAINT "session_module_session_id_module_id_pk" PRIMARY KEY("session_id","module_id")
);
--> statement-breakpoint
CREATE TABLE "signing_key" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"algorithm" text NOT NULL,
	"public_key_jwk" jsonb NOT NULL,
	"private_key_jwk" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "training_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"territory_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text,
	"trainer_user_id" text,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "round_table" ADD CONSTRAINT "round_table_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table" ADD CONSTRAINT "round_table_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_contribution" ADD CONSTRAINT "round_table_contribution_round_table_id_round_table_id_fk" FOREIGN KEY ("round_table_id") REFERENCES "public"."round_table"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_contribution" ADD CONSTRAINT "round_table_contribution_finding_id_finding_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."finding"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_contribution" ADD CONSTRAINT "round_table_contribution_proposed_by_participant_id_round_table_participant_id_fk" FOREIGN KEY ("proposed_by_participant_id") REFERENCES "public"."round_table_participant"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_contribution" ADD CONSTRAINT "round_table_contribution_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_need" ADD CONSTRAINT "round_table_need_round_table_id_round_table_id_fk" FOREIGN KEY ("round_table_id") REFERENCES "public"."round_table"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_need" ADD CONSTRAINT "round_table_need_finding_id_finding_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."finding"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_participant" ADD CONSTRAINT "round_table_participant_round_table_id_round_table_id_fk" FOREIGN KEY ("round_table_id") REFERENCES "public"."round_table"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_participant" ADD CONSTRAINT "round_table_participant_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_vote" ADD CONSTRAINT "round_table_vote_contribution_id_round_table_contribution_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."round_table_contribution"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_vote" ADD CONSTRAINT "round_table_vote_participant_id_round_table_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."round_table_participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_table_vote" ADD CONSTRAINT "round_table_vote_recorded_by_user_id_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence" ADD CONSTRAINT "competence_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_level" ADD CONSTRAINT "competence_level_competence_id_competence_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_competence" ADD CONSTRAINT "module_competence_module_id_training_module_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_module"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_competence" ADD CONSTRAINT "module_competence_competence_id_competence_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_contribution" ADD CONSTRAINT "module_contribution_module_id_training_module_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_module"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_contribution" ADD CONSTRAINT "module_contribution_contribution_id_round_table_contribution_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."round_table_contribution"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_finding" ADD CONSTRAINT "module_finding_module_id_training_module_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_module"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_finding" ADD CONSTRAINT "module_finding_finding_id_finding_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."finding"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_material" ADD CONSTRAINT "module_material_module_id_training_module_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_module"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_material" ADD CONSTRAINT "module_material_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toolkit" ADD CONSTRAINT "toolkit_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toolkit" ADD CONSTRAINT "toolkit_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toolkit_version" ADD CONSTRAINT "toolkit_version_toolkit_id_toolkit_id_fk" FOREIGN KEY ("toolkit_id") REFERENCES "public"."toolkit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toolkit_version" ADD CONSTRAINT "toolkit_version_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_module" ADD CONSTRAINT "training_module_toolkit_id_toolkit_id_fk" FOREIGN KEY ("toolkit_id") REFERENCES "public"."toolkit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_recorded_by_user_id_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_cohort_id_cohort_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohort"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_signing_key_id_signing_key_id_fk" FOREIGN KEY ("signing_key_id") REFERENCES "public"."signing_key"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_issued_by_user_id_user_id_fk" FOREIGN KEY ("issued_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_revoked_by_user_id_user_id_fk" FOREIGN KEY ("revoked_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_toolkit_id_toolkit_id_fk" FOREIGN KEY ("toolkit_id") REFERENCES "public"."toolkit"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_cohort_id_cohort_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohort"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment" ADD CONSTRAINT "self_assessment_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment" ADD CONSTRAINT "self_assessment_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_rating" ADD CONSTRAINT "self_assessment_rating_assessment_id_self_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."self_assessment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_rating" ADD CONSTRAINT "self_assessment_rating_competence_id_competence_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_feedback" ADD CONSTRAINT "session_feedback_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_feedback" ADD CONSTRAINT "session_feedback_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_module" ADD CONSTRAINT "session_module_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_module" ADD CONSTRAINT "session_module_module_id_training_module_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_module"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session" ADD CONSTRAINT "training_session_cohort_id_cohort_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohort"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session" ADD CONSTRAINT "training_session_territory_id_territory_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session" ADD CONSTRAINT "training_session_trainer_user_id_user_id_fk" FOREIGN KEY ("trainer_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "round_table_territory_idx" ON "round_table" USING btree ("territory_id","held_on");--> statement-breakpoint
CREATE INDEX "round_table_contribution_table_idx" ON "round_table_contribution" USING btree ("round_table_id");--> statement-breakpoint
CREATE INDEX "round_table_contribution_finding_idx" ON "round_table_contribution" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "round_table_need_finding_idx" ON "round_table_need" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "round_table_participant_table_idx" ON "round_table_participant" USING btree ("round_table_id");--> statement-breakpoint
CREATE INDEX "round_table_participant_user_idx" ON "round_table_participant" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "round_table_vote_participant_idx" ON "round_table_vote" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "competence_programme_idx" ON "competence" USING btree ("programme_id","group","position");--> statement-breakpoint
CREATE INDEX "module_competence_competence_idx" ON "module_competence" USING btree ("competence_id");--> statement-breakpoint
CREATE INDEX "module_contribution_contribution_idx" ON "module_contribution" USING btree ("contribution_id");--> statement-breakpoint
CREATE INDEX "module_finding_finding_idx" ON "module_finding" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "module_material_module_idx" ON "module_material" USING btree ("module_id");--> statement-breakpoint
CREATE INDEX "toolkit_programme_idx" ON "toolkit" USING btree ("programme_id","territory_id");--> statement-breakpoint
CREATE INDEX "toolkit_version_toolkit_idx" ON "toolkit_version" USING btree ("toolkit_id","number");--> statement-breakpoint
CREATE INDEX "training_module_toolkit_idx" ON "training_module" USING btree ("toolkit_id","position");--> statement-breakpoint
CREATE INDEX "attendance_enrolment_idx" ON "attendance" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "calendar_feed_territory_idx" ON "calendar_feed" USING btree ("territory_id");--> statement-breakpoint
CREATE INDEX "calendar_feed_user_idx" ON "calendar_feed" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "certificate_territory_idx" ON "certificate" USING btree ("territory_id","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_enrolment_in_force" ON "certificate" USING btree ("enrolment_id") WHERE revoked_at is null;--> statement-breakpoint
CREATE INDEX "certificate_enrolment_idx" ON "certificate" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "cohort_territory_idx" ON "cohort" USING btree ("territory_id","starts_on");--> statement-breakpoint
CREATE INDEX "enrolment_territory_idx" ON "enrolment" USING btree ("territory_id","cohort_id");--> statement-breakpoint
CREATE INDEX "enrolment_user_idx" ON "enrolment" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "self_assessment_territory_idx" ON "self_assessment" USING btree ("territory_id");--> statement-breakpoint
CREATE INDEX "self_assessment_rating_competence_idx" ON "self_assessment_rating" USING btree ("competence_id");--> statement-breakpoint
CREATE INDEX "session_feedback_enrolment_idx" ON "session_feedback" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "session_module_module_idx" ON "session_module" USING btree ("module_id");--> statement-breakpoint
CREATE INDEX "training_session_cohort_idx" ON "training_session" USING btree ("cohort_id","starts_at");--> statement-breakpoint
CREATE INDEX "training_session_territory_idx" ON "training_session" USING btree ("territory_id","starts_at");--> statement-breakpoint
CREATE INDEX "training_session_trainer_idx" ON "training_session" USING btree ("trainer_user_id","starts_at");