import type { LinkModel } from "./model";

// Written by `npm run eval:intake -- --write-model` (fitted on every replayed meeting); do not edit.
export const FITTED_LINK_MODEL: LinkModel = {
  features: ["keyCoverage", "textScore", "alias", "rankCd", "titleSimilarity", "share"],
  mean: [0.0823, 0.1008, 0.1126, 0.0681, 0.2501, 0.3998],
  sd: [0.086, 0.1605, 0.2907, 0.0652, 0.1051, 0.3542],
  weights: [0.5528, 0.6398, 0.7275, 0.5126, 0.7418, 1.0275],
  bias: -6.3574,
  threshold: 0.5,
  samples: 253,
  positives: 16,
};
