// Public API of the registration model. Content scripts that must stay free of zod import
// loonheffingennummer.ts / werkgever-id.ts directly instead of this barrel.
export * from './schema';
export * from './stage';
export * from './loonheffingennummer';
export * from './werkgever-id';
export * from './messages';
export * from './validate';
export * from './complete';
export * from './format';
