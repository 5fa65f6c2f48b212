import type { LinkModel } from "./model";

// Written by `npm run eval:intake -- --write-model` (fitted on every replayed meeting); do not edit.
export const FITTED_LINK_MODEL: LinkModel = {
  features: ["keyCoverage", "textScore", "alias", "rankCd", "titleSimilarity", "share"],
  mean: [0.087, 0.1176, 0.1447, 0.0712, 0.2572, 0.3836],
  sd: [0.0956, 0.1686, 0.3264, 0.0684, 0.1142, 0.3503],
  weights: [1.069, 0.5439, 0.5551, 0.1771, 0.8218, 0.8667],
  bias: -6.164,
  threshold: 0.5,
  samples: 265,
  positives: 19,
};
