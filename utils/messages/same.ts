/** Compile-time proof that two descriptions of the same data agree. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
