/**
 * The one place the element asks for a genogram layout: the shared engine (`layoutGenogram`),
 * given only the people the genogram shows (the element chooses them, see `genogramView`).
 */
import type { CareNetwork } from '../../model/types.js';
import { layoutGenogram, type GenogramLayout, type GenogramOptions } from '../../layout/index.js';

export function computeLayout(doc: CareNetwork, options: GenogramOptions): GenogramLayout {
  return layoutGenogram(doc, { ...options, include: () => true });
}
