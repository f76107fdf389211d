export * from './catalog.js';
export { LocaleController, nearestLang } from './locale-controller.js';
