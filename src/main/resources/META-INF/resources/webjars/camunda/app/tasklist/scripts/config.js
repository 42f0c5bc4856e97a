// Inkasso's configuration of the Camunda tasklist webapp (overrides the vendor's scripts/config.js on the classpath).
// Russian is the only offered locale, so every browser gets it; the labels come from dev.inkasso.webapps.WebappLocales
// (complete for Tasklist, English for what is not yet translated elsewhere). To offer English as well, list 'en' too.
export default {
  app: {name: 'Задачи', vendor: 'Inkasso'},
  locales: {availableLocales: ['ru'], fallbackLocale: 'ru'},
  // moment.js formats, shown in the browser's time zone
  dateFormat: {monthName: 'MMMM', day: 'DD', abbr: 'DD.MM.YYYY HH:mm', normal: 'DD.MM.YYYY HH:mm', long: 'LLLL', short: 'DD.MM.YYYY'},
  disableWelcomeMessage: true,
  // the vendor's default keyboard shortcuts, kept
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  },
};
