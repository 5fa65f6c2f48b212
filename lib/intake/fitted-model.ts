import type { LinkModel } from "./model";

// Written by `npm run eval:intake -- --write-model` (fitted on every replayed meeting); do not edit.
export const FITTED_LINK_MODEL: LinkModel = {
  features: ["keyCoverage", "textScore", "alias", "rankCd", "titleSimilarity", "share"],
  mean: [0.0849, 0.1117, 0.1154, 0.0697, 0.2522, 0.4047],
  sd: [0.0867, 0.1688, 0.2936, 0.0656, 0.1033, 0.3555],
  weights: [0.5639, 0.6459, 0.7158, 0.5137, 0.7503, 1.0165],
  bias: -6.2649,
  threshold: 0.5,
  samples: 247,
  positives: 16,
};
