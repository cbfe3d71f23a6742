// Korean particles chosen from the word they follow ("제8조가", "주차장법과", "'x'가"), never "이(가)".
// es-hangul decides for Hangul; before that, the word is reduced to the sound it ends in: quotes and
// brackets after the word are looked through, and digits and Latin letters are read as Koreans read them.
import { josa as esJosa } from "es-hangul";

export type JosaForm = Parameters<typeof esJosa.pick>[1];

/** Trailing characters a reader does not pronounce: quotes, brackets, backticks, spaces, full stops. */
const SILENT_TAIL = /[\s'"`’”」』)\]}>.,]+$/u;

// How each digit is read (0 as in 십/백/영: all end in a consonant that is not ㄹ).
const DIGIT = ["영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"];
// The last syllable of each Latin letter's Korean name (엘, 엠, 엔, 알 end in a consonant).
const LETTER: Record<string, string> = {
  a: "이", b: "비", c: "씨", d: "디", e: "이", f: "프", g: "지", h: "치", i: "이", j: "이", k: "이", l: "엘", m: "엠",
  n: "엔", o: "오", p: "피", q: "큐", r: "알", s: "스", t: "티", u: "유", v: "이", w: "유", x: "스", y: "이", z: "지",
};

/** A Hangul syllable ending in the same sound as the Latin word (read as an English word). */
function englishEnding(word: string): string {
  const w = word.toLowerCase().replace(/([aeiou][mnl])e$/, "$1"); // magic e: name → 네임, phone → 폰
  if (w.endsWith("ng")) return "앙";
  if (w.endsWith("le")) return "얼"; // rule → 룰, file → 파일
  const last = w.at(-1)!;
  if (last === "m") return "엄";
  if (last === "n") return "언";
  if (last === "l") return "얼";
  return "아"; // -t 트, -s 스, -k 크, -d 드, -r (silent), vowels: no final consonant
}

/** A syllable with the final sound the word is read with, for the particle choice. */
export function finalSound(word: string): string {
  const spoken = word.replace(SILENT_TAIL, "");
  const last = spoken.at(-1);
  if (last === undefined) return "";
  if (/\p{Script=Hangul}/u.test(last)) return last;
  if (/[0-9]/.test(last)) return DIGIT[Number(last)]!;
  const latin = /[A-Za-z]+$/.exec(spoken)?.[0];
  if (latin) {
    // A single letter, an acronym (API, URL) or a word without vowels (fr, jsn) is read letter by letter.
    const spelled = latin.length === 1 || (latin === latin.toUpperCase() && latin.length <= 5) || !/[aeiouy]/i.test(latin);
    return spelled ? LETTER[latin.at(-1)!.toLowerCase()]! : englishEnding(latin);
  }
  return last;
}

/** The particle alone, e.g. pickJosa("제8조", "이/가") === "가". */
export function pickJosa(word: string | number | undefined, form: JosaForm): string {
  return esJosa.pick(finalSound(String(word ?? "")) || "가", form);
}

/** The word followed by its particle, e.g. josa("'kim-minsu'", "이/가") === "'kim-minsu'가". */
export function josa(word: string | number | undefined, form: JosaForm): string {
  return `${word ?? ""}${pickJosa(word, form)}`;
}
