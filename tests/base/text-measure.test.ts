import { expect } from '@open-wc/testing';
import { fitLabel, initials, textWidth } from '../../src/base/text-measure.js';

describe('text measure', () => {
  it('makes initials that skip Dutch name particles', () => {
    expect(initials('Jan van der Berg')).to.equal('JB');
    expect(initials('Sanne')).to.equal('S');
    expect(initials("Els van 't Hof")).to.equal('EH');
    expect(initials('  ')).to.equal('');
    expect(initials('Özlem Yılmaz')).to.equal('ÖY');
  });

  it('measures wider text as wider and fits the longest readable form', () => {
    expect(textWidth('Mmmmmm', 14)).to.be.greaterThan(textWidth('iii', 14));
    const roomy = fitLabel('Wilhelmina Jansen', 1000, 14);
    expect(roomy.form).to.equal('full');
    const middle = fitLabel('Wilhelmina Jansen', textWidth('Wilhelmina', 14) + 1, 14);
    expect(middle).to.include({ text: 'Wilhelmina', form: 'first' });
    const tight = fitLabel('Wilhelmina Jansen', 10, 14);
    expect(tight).to.include({ text: 'WJ', form: 'initials' });
  });
});
