// The catalog sections of assessments, in the four languages (decision 030): assessments.
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import it from "./it.json";

export default { en, de, it, es };
