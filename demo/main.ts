import '../src/index.js';
import './portal.js';
