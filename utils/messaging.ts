/**
 * Every message between the extension's parts, declared once and validated on receipt, one
 * module per direction so each part bundles only what it receives. Content scripts send and
 * receive plain objects (they stay lean and carry no zod).
 */
export * from './messages/captures';
export * from './messages/rights';
export * from './messages/fill';
export * from './messages/replies';
