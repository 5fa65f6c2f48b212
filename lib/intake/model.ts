import type { LinkFeatures, PassageMatch } from "./types";

// The link model: whether a candidate (a pledge and the paragraph the matcher ranks best for
// it) is a report on the pledge, as a logistic model over a handful of features. It is fitted
// by `npm run eval:intake -- --write-model` on the replayed meetings and kept in
// fitted-model.ts; the eval scores each meeting with a model fitted without it
// (leave-one-meeting-out). Where the model is unsure (probability under the threshold), the
// intake proposes nothing and says so.

const FEATURES = ["keyCoverage", "textScore", "alias", "rankCd", "titleSimilarity", "share"] as const;

export type LinkModel = {
  features: readonly (keyof LinkFeatures)[];
  mean: number[];
  sd: number[];
  weights: number[];
  bias: number;
  // Propose only when the model thinks the link more likely right than wrong.
  threshold: number;
  samples: number;
  positives: number;
};

// Fixed before any fitting: a link is proposed when it is more likely right than wrong.
const PROPOSE_AT = 0.5;
// The L2 penalty: with a few dozen positives, weights must stay small.
const LAMBDA = 1;

const clamp01 = (n: number) => Math.max(0, Math.min(1, n));

// The features of a candidate; `best` is the highest matcher score any pledge has in the same
// paragraph (a paragraph about another pledge ranks this one lower).
export function featuresOf(m: PassageMatch, best: number): LinkFeatures {
  return {
    keyCoverage: clamp01(m.keyCoverage),
    textScore: clamp01(m.textScore),
    alias: clamp01(m.aliasWeight),
    rankCd: clamp01(m.rankCd),
    titleSimilarity: clamp01(m.titleSimilarity),
    share: best > 0 ? clamp01(m.score / best) : 0,
  };
}

const vector = (model: Pick<LinkModel, "features">, f: LinkFeatures) => model.features.map((k) => f[k]);

export function predict(
  model: LinkModel,
  f: LinkFeatures,
): { probability: number; contributions: Partial<Record<keyof LinkFeatures | "bias", number>> } {
  const x = vector(model, f);
  const contributions: Partial<Record<keyof LinkFeatures | "bias", number>> = { bias: round(model.bias) };
  let z = model.bias;
  model.features.forEach((k, i) => {
    const part = (model.weights[i]! * (x[i]! - model.mean[i]!)) / model.sd[i]!;
    contributions[k] = round(part);
    z += part;
  });
  return { probability: 1 / (1 + Math.exp(-z)), contributions };
}

const round = (n: number) => Math.round(n * 100) / 100;

// L2-regularised logistic regression by Newton's method on standardised features.
export function fitLinkModel(samples: { features: LinkFeatures; label: boolean }[]): LinkModel {
  const features = FEATURES;
  const rows = samples.map((s) => features.map((k) => s.features[k]));
  const y = samples.map((s) => (s.label ? 1 : 0));
  const d = features.length;
  const mean = features.map((_, j) => rows.reduce((n, r) => n + r[j]!, 0) / Math.max(rows.length, 1));
  const sd = features.map((_, j) => {
    const v = rows.reduce((n, r) => n + (r[j]! - mean[j]!) ** 2, 0) / Math.max(rows.length, 1);
    return Math.sqrt(v) || 1;
  });
  const xs = rows.map((r) => [1, ...r.map((v, j) => (v - mean[j]!) / sd[j]!)]);
  const beta = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    xs.forEach((x, i) => {
      const z = x.reduce((n, v, j) => n + v * beta[j]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const wgt = p * (1 - p);
      for (let a = 0; a <= d; a++) {
        grad[a]! += (p - y[i]!) * x[a]!;
        for (let b = 0; b <= d; b++) hess[a]![b]! += wgt * x[a]! * x[b]!;
      }
    });
    // the bias is not penalised
    for (let a = 1; a <= d; a++) {
      grad[a]! += LAMBDA * beta[a]!;
      hess[a]![a]! += LAMBDA;
    }
    hess[0]![0]! += 1e-6;
    const step = solve(hess, grad);
    let change = 0;
    for (let a = 0; a <= d; a++) {
      beta[a]! -= step[a]!;
      change = Math.max(change, Math.abs(step[a]!));
    }
    if (change < 1e-8) break;
  }
  return {
    features,
    mean: mean.map(round4),
    sd: sd.map(round4),
    weights: beta.slice(1).map(round4),
    bias: round4(beta[0]!),
    threshold: PROPOSE_AT,
    samples: samples.length,
    positives: y.filter(Boolean).length,
  };
}

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

// Gaussian elimination with partial pivoting (a 7x7 system).
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const diag = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / diag;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}
