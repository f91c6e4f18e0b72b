// Clustering on the console: the board of the source's ideas, dragged into clusters (core).
export const board = true;
export const addStep = { order: 2 };
