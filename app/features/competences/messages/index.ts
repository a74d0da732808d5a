// The catalog sections of competences, in the four languages (decision 030): competences.
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import it from "./it.json";

export default { en, de, it, es };
