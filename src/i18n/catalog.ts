/**
 * Message catalogs. Each area of the library (an element, the shared UI) keeps its own
 * catalog file in `src/i18n/catalogs/`, so areas never edit one shared file. A catalog is
 * written in English and Dutch with the same keys; the type makes a missing key an error.
 */

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export type Messages<K extends string> = Readonly<Record<K, string>>;

export interface Catalog<K extends string> {
  en: Messages<K>;
  nl: Messages<K>;
}

/** Declares a catalog; `nl` must have exactly the keys of `en`. */
export function defineCatalog<K extends string>(catalog: { en: Messages<K>; nl: Messages<NoInfer<K>> }): Catalog<K> {
  return catalog;
}

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

/** Maps any BCP 47 tag to a supported locale: `nl-BE` → `nl`, `fr` → the default. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : DEFAULT_LOCALE;
}

export function translate<K extends string>(
  catalog: Catalog<K>,
  locale: Locale,
  key: K,
  params?: MessageParams,
): string {
  return formatMessage(catalog[locale][key] ?? catalog.en[key] ?? key, params);
}
