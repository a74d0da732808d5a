ALTER TABLE "certificate" DROP CONSTRAINT "certificate_enrolment_id_enrolment_id_fk";
--> statement-breakpoint
ALTER TABLE "certificate" ALTER COLUMN "enrolment_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "consent" ADD COLUMN "scope" text DEFAULT 'interview' NOT NULL;--> statement-breakpoint
ALTER TABLE "certificate" ADD COLUMN "cohort_id" uuid;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_cohort_id_cohort_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohort"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE set null ON UPDATE no action;