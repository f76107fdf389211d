import { expect } from '@open-wc/testing';
import { listSharedFixtures, readSharedFixture } from './shared-fixtures.js';

describe('shared fixtures access (test infrastructure)', () => {
  it('lists and reads the public GEDCOM files byte for byte', async () => {
    const files = await listSharedFixtures('gedcom');
    expect(files.filter((f) => f.toLowerCase().endsWith('.ged')).length).to.be.greaterThan(90);
    const tiny = await readSharedFixture('gedcom/gedcom7code/5/tiny-1.ged');
    expect(new TextDecoder().decode(tiny)).to.equal('0 HEAD\n0 TRLR\n');
  });
});
