// Helpers that need jest's globals (beforeAll, afterAll): a subpath of their own, so that the bench and
// other tools importing `@housing-hub/testing` outside jest do not load `@jest/globals`.
export * from './service-fixture.js';
