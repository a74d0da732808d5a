// The catalog sections of programmes, in the four languages (decision 030): phases, phaseStatus, programme, dashboard, assessment, comparison, keyResults, timeline, progress.
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import it from "./it.json";

export default { en, de, it, es };
