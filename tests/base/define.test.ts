import { expect } from '@open-wc/testing';
import { define } from '../../src/base/define.js';

describe('define', () => {
  it('registers once, tolerates the same class again and warns (no exception) for another class', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const tag = `cn-define-test-${Math.random().toString(36).slice(2)}`;
    define(tag, First);
    expect(customElements.get(tag)).to.equal(First);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      expect(() => define(tag, First)).not.to.throw();
      expect(warnings).to.have.length(0);
      expect(() => define(tag, Second)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get(tag)).to.equal(First);
    expect(String(warnings[0])).to.contain(`<${tag}> is already registered`);
  });
});
