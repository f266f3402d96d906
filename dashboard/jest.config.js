import { jestConfig } from '../jest.preset.js';

// The browser tests start a whole hub and a headless Chromium: one file, generous timeouts.
export default jestConfig({ testTimeout: 120_000 });
