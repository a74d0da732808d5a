// The catalog sections of the whole app (shell, errors, forms…), in the four languages (decision 030): shell, stages, roles, common, forms, errors, errorPage, paging, home, crossLinks, locale.
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import it from "./it.json";

export default { en, de, it, es };
