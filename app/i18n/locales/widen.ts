/** The English shape of a Vietnamese catalogue: the same keys, any string. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
