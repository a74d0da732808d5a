// The catalog sections of organisations, in the four languages (decision 030): organisationKinds, organisations.
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import it from "./it.json";

export default { en, de, it, es };
