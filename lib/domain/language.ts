// Which language a text is written in, for the two the app knows: a text is Japanese when
// most of its letters are Japanese script (names and acronyms in Latin letters, "JNAAM",
// "(The Rt Hon Dominic Raab MP)", stay a minority).

const SCRIPT = /[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff]/gu;
const LETTER = /[\p{L}]/gu;

export function isJapanese(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return false;
  return (text.match(SCRIPT)?.length ?? 0) / letters >= 0.3;
}

export const languageOf = (text: string): "en" | "ja" => (isJapanese(text) ? "ja" : "en");
