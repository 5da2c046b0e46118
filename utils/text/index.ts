// The shared text layer: normalising, word matching, yes/no and pay-period meaning.
export * from './normalize';
export * from './match';
export * from './meaning';
