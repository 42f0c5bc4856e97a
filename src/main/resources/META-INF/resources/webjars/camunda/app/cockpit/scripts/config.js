// Inkasso's configuration of the Camunda cockpit webapp (overrides the vendor's scripts/config.js on the classpath).
// Russian is the only offered locale, so every browser gets it; the labels come from dev.inkasso.webapps.WebappLocales
// (complete for Tasklist, English for what is not yet translated elsewhere). To offer English as well, list 'en' too.
export default {
  app: {name: 'Процессы', vendor: 'Inkasso'},
  locales: {availableLocales: ['ru'], fallbackLocale: 'ru'},
  // moment.js formats, shown in the browser's time zone
  dateFormat: {monthName: 'MMMM', day: 'DD', abbr: 'DD.MM.YYYY HH:mm', normal: 'DD.MM.YYYY HH:mm', long: 'LLLL', short: 'DD.MM.YYYY'},
  disableWelcomeMessage: true,
};
