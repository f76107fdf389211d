(window as any).__N = 1000;
export { run2 as run } from './zz-circles-profile.bench.js';
