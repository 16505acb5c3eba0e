/**
 * A seeded pseudo-random source (mulberry32) for the data generator: the same seed gives the same
 * organisations, people, cases and ids, so a run can be repeated and a failure reproduced. Not for
 * anything secret.
 */
export class Toeval {
  private staat: number;

  constructor(zaad: number) {
    this.staat = zaad >>> 0;
  }

  /** A number in [0, 1). */
  getal(): number {
    this.staat = (this.staat + 0x6d2b79f5) >>> 0;
    let t = this.staat;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [van, tot]. */
  geheel(van: number, tot: number): number {
    return van + Math.floor(this.getal() * (tot - van + 1));
  }

  kans(p: number): boolean {
    return this.getal() < p;
  }

  kies<T>(lijst: readonly T[]): T {
    const waarde = lijst[Math.floor(this.getal() * lijst.length)];
    if (waarde === undefined) throw new Error("kies uit een lege lijst");
    return waarde;
  }

  /** A version-4-shaped UUID from this source: reproducible, and valid where the schema asks for a UUID. */
  uuid(): string {
    const hex: string[] = [];
    for (let i = 0; i < 4; i += 1) hex.push(((this.getal() * 4294967296) >>> 0).toString(16).padStart(8, "0"));
    const s = hex.join("");
    const variant = ((parseInt(s[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
  }
}
