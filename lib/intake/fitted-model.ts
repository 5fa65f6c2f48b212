import type { LinkModel } from "./model";

// Written by `npm run eval:intake -- --write-model` (fitted on every replayed meeting); do not edit.
export const FITTED_LINK_MODEL: LinkModel = {
  features: ["keyCoverage", "textScore", "alias", "rankCd", "titleSimilarity", "share"],
  mean: [0.0864, 0.1136, 0.1154, 0.0697, 0.2522, 0.4057],
  sd: [0.0879, 0.1703, 0.2936, 0.0656, 0.1033, 0.3549],
  weights: [0.5536, 0.6433, 0.7203, 0.507, 0.7489, 1.0303],
  bias: -6.2569,
  threshold: 0.5,
  samples: 247,
  positives: 16,
};
