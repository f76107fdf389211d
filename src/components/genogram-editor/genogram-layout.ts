/**
 * The one place the element asks for a genogram layout. Until the shared engine
 * (`layoutGenogram` in src/layout) is on main this calls the throwaway row placement.
 */
import type { CareNetwork } from '../../model/types.js';
import type { GenogramLayout, GenogramOptions } from '../../layout/types.js';
import { placeholderLayout } from './placeholder-layout.js';

export function computeLayout(doc: CareNetwork, options: GenogramOptions): GenogramLayout {
  return placeholderLayout(doc, options);
}
