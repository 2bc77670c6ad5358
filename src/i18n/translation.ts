// The shape every language's catalogue must have: the English one's, key for key. A missing or extra key, or a
// function with other parameters, is a type error in that language's file.
export type Translation<T> = {
  [K in keyof T]: T[K] extends (...parameters: infer P) => string ? (...parameters: P) => string : T[K] extends string ? string : Translation<T[K]>;
};
