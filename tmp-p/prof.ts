import { controleerFeitelijkheid } from "../src/domain/melding/feitelijkheid.ts";
import { CORPUS } from "../src/domain/melding/feitelijkheid.corpus.ts";
let tekst = ""; for (let i = 0; tekst.length < 10_000; i++) tekst += CORPUS[i % CORPUS.length]!.tekst + " ";
for (let i = 0; i < 3000; i++) controleerFeitelijkheid(tekst);
