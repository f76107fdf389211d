import type { CareNetwork } from '../../src/model/types.js';
import { FamilyBuilder } from './family-builder.js';

/**
 * Hand-made families for the shapes where crossings once appeared in generated families; used
 * by the layout tests and by the shot page `demo/shots/genogram-crossings.html`.
 */

/**
 * A client with brothers and sisters and three partners; the first partner's parents are
 * drawn (an only child), the second's too (with a brother). In chronological order (anna,
 * client, bea, cor) anna's family blocks the side the client's brothers and sisters need.
 */
export function threePartnersWithFamilies(): CareNetwork {
  return new FamilyBuilder()
    .p('opa', 'male', '1930')
    .p('oma', 'female', '1932')
    .p('zus', 'female', '1958')
    .p('client', 'male', '1960')
    .p('broer', 'male', '1964')
    .p('a1', 'male', '1930')
    .p('a2', 'female', '1933')
    .p('anna', 'female', '1961')
    .p('b1', 'male', '1935')
    .p('b2', 'female', '1936')
    .p('bea', 'female', '1966')
    .p('bert', 'male', '1968')
    .p('cor', 'female', '1970')
    .p('k1', 'male', '1985')
    .p('k2', 'female', '1992')
    .p('k3', 'male', '2000')
    .u('u-ouders', ['opa', 'oma'], ['zus', 'client', 'broer'], '1957')
    .u('u-a', ['a1', 'a2'], ['anna'], '1960')
    .u('u-b', ['b1', 'b2'], ['bea', 'bert'], '1964')
    .u('u1', ['client', 'anna'], ['k1'], '1984', true)
    .u('u2', ['client', 'bea'], ['k2'], '1990', true)
    .u('u3', ['client', 'cor'], ['k3'], '1998').doc;
}

/**
 * A client with two partners who both bring their parents, and a sister (`withSister`): with
 * both partners beside the client, the line to the sister has to cross one partner's family
 * line. Without the sister (an only child) the client's parents sit between the partners'.
 */
export function twoPartnersWithFamilies(withSister: boolean): CareNetwork {
  const f = new FamilyBuilder()
    .p('gp1', 'male', '1930')
    .p('gp2', 'female', '1932')
    .p('a1', 'male', '1930')
    .p('a2', 'female', '1931')
    .p('b1', 'male', '1933')
    .p('b2', 'female', '1934')
    .p('client', 'male', '1960')
    .p('anna', 'female', '1962')
    .p('bea', 'female', '1965')
    .p('k1', 'male', '1985')
    .p('k2', 'female', '1995');
  if (withSister) f.p('zus', 'female', '1962');
  return f
    .u('g', ['gp1', 'gp2'], withSister ? ['client', 'zus'] : ['client'], '1958')
    .u('a', ['a1', 'a2'], ['anna'], '1960')
    .u('b', ['b1', 'b2'], ['bea'], '1963')
    .u('u1', ['client', 'anna'], ['k1'], '1983', true)
    .u('u2', ['client', 'bea'], ['k2'], '1993').doc;
}

/**
 * A client whose partner's parents both bring their own family: the father one brother, the
 * mother four sisters. Reached from the partner below, both families go to the far side of the
 * partner's parents; the one with more people on that row has to be the outer one.
 */
export function partnerParentsWithFamilies(): CareNetwork {
  return new FamilyBuilder()
    .p('opa', 'male', '1900')
    .p('oma', 'female', '1902')
    .p('vader', 'male', '1930')
    .p('moeder', 'female', '1932')
    .p('client', 'male', '1960')
    .p('partner', 'female', '1962')
    .p('sm1', 'male', '1900')
    .p('sm2', 'female', '1901')
    .p('schoonvader', 'male', '1930')
    .p('oom', 'male', '1933')
    .p('sv1', 'male', '1902')
    .p('sv2', 'female', '1903')
    .p('schoonmoeder', 'female', '1934')
    .p('t1', 'female', '1935')
    .p('t2', 'female', '1936')
    .p('t3', 'female', '1937')
    .p('t4', 'female', '1938')
    .p('kind', 'female', '1990')
    .u('u-opa', ['opa', 'oma'], ['vader'], '1928')
    .u('u-ouders', ['vader', 'moeder'], ['client'], '1958')
    .u('u-sm', ['sm1', 'sm2'], ['schoonvader', 'oom'], '1928')
    .u('u-sv', ['sv1', 'sv2'], ['schoonmoeder', 't1', 't2', 't3', 't4'], '1932')
    .u('u-schoon', ['schoonvader', 'schoonmoeder'], ['partner'], '1960')
    .u('u-client', ['client', 'partner'], ['kind'], '1988').doc;
}
