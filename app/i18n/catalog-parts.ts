// Where the catalog lives (decision 030): each feature's sections beside it, in
// <folder>/messages/{en,de,it,es}.json, the shared ones (shell, errors, forms, common…) in
// app/i18n/messages/. A new feature with strings adds its folder's messages here.
import assessments from "~/features/assessments/messages";
import audit from "~/features/audit/messages";
import auth from "~/auth/messages";
import certificates from "~/features/certificates/messages";
import coDesign from "~/features/co-design/messages";
import competences from "~/features/competences/messages";
import email from "~/features/email/messages";
import members from "~/features/members/messages";
import needsReview from "~/features/needs-review/messages";
import organisations from "~/features/organisations/messages";
import privacy from "~/privacy/messages";
import programmes from "~/features/programmes/messages";
import shared from "./messages";
import territories from "~/features/territories/messages";
import toolkit from "~/features/toolkit/messages";
import training from "~/features/training/messages";

export const CATALOG_PARTS = [shared, auth, privacy, programmes, territories, organisations, members, audit, email, needsReview, competences, coDesign, certificates, toolkit, assessments, training] as const;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The whole catalog of a language, as the typed keys (CustomTypeOptions) see it. */
export type Messages = UnionToIntersection<(typeof CATALOG_PARTS)[number]["en"]>;
