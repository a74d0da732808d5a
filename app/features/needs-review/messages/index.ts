// The catalog sections of needs-review, in the four languages (decision 030): targetGroups, sourceKinds, ageBands, genders, needsReviewSearch, needsReview, themeColours, codebook, coding, passages, analysis, agreement, replacementKinds, pseudonymisation, findingKinds, findingPriorities, validationOutcomes, findings, focusGroups, refiQda, report.
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import it from "./it.json";

export default { en, de, it, es };
