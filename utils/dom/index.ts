// The shared DOM reading layer (see README "Layout"): walking, visibility, readable text.
export * from './walk';
export * from './visibility';
export * from './text';
export * from './controls';
