import { renderSVG } from "uqr";

/**
 * The QR code for setting up an authenticator app, as an SVG string to put inline in the page: no image
 * request that could leak the TOTP secret to a log or a cache, and no inline script or style (the CSP
 * forbids them). The text only decides which squares are dark, so nothing in it ends up as markup.
 * Error correction M survives a smudged screen; a quiet zone of four modules is what the QR standard asks
 * for and what phone cameras need beside a busy page.
 */
export function qrSvg(tekst: string): string {
  return renderSVG(tekst, { ecc: "M", border: 4 });
}
