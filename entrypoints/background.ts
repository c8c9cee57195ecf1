export default defineBackground(() => {
  // Wired up in src/declarations/queue.ts (declarations issue).
});
