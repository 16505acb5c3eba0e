import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { controleerLink, LINK_MAX_LENGTE } from "./links.ts";

describe("the check of a link an organisation adds", () => {
  const goed = [
    "https://www.huiselijkgeweld.nl/",
    "https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode?bron=meldwijzer#stap-3",
    "  https://school.example.nl/protocol/meldcode.pdf  ",
    "https://sub.domein.example/pad%20met%20spatie",
    "https://8.8.8.8/",
    "https://172.32.0.1/",
    "https://[2001:4860:4860::8888]/",
    "https://[::ffff:8.8.8.8]/",
    "https://localhostje.nl/",
    "https://xn--bcher-kva.example/",
  ];
  for (const url of goed) {
    it(`accepts ${url.trim()}`, () => {
      assert.deepEqual(controleerLink(url), [], `${url} is a usable link`);
    });
  }

  const fout: [string, string][] = [
    ["", "fout.verplicht"],
    ["   ", "fout.verplicht"],
    ["www.school.nl/meldcode", "fout.link_ongeldig"],
    ["niet een adres", "fout.link_ongeldig"],
    ["https://", "fout.link_ongeldig"],
    ["https://school.nl/met spatie", "fout.link_ongeldig"],
    ["https://school.nl/\tpad", "fout.link_ongeldig"],
    ["https://school.nl/\u00a0pad", "fout.link_ongeldig"],
    ["https://[::1", "fout.link_ongeldig"],
    ["http://www.huiselijkgeweld.nl/", "fout.link_geen_https"],
    ["HTTP://www.huiselijkgeweld.nl/", "fout.link_geen_https"],
    ["ftp://bestanden.school.nl/protocol.pdf", "fout.link_geen_https"],
    ["javascript:alert(1)", "fout.link_geen_https"],
    ["data:text/html,<b>hallo</b>", "fout.link_geen_https"],
    ["file:///C:/meldcode.pdf", "fout.link_geen_https"],
    ["https://jan:geheim@intranet.school.nl/", "fout.link_met_inlog"],
    ["https://jan@intranet.school.nl/", "fout.link_met_inlog"],
    ["https://:geheim@intranet.school.nl/", "fout.link_met_inlog"],
    ["https://localhost/", "fout.link_intern"],
    ["https://LOCALHOST:8443/beheer", "fout.link_intern"],
    ["https://localhost./", "fout.link_intern"],
    ["https://app.localhost/", "fout.link_intern"],
    ["https://127.0.0.1/", "fout.link_intern"],
    ["https://127.1/", "fout.link_intern"],
    ["https://0x7f.0.0.1/", "fout.link_intern"],
    ["https://2130706433/", "fout.link_intern"],
    ["https://0.0.0.0/", "fout.link_intern"],
    ["https://10.1.2.3/", "fout.link_intern"],
    ["https://100.64.0.1/", "fout.link_intern"],
    ["https://169.254.169.254/latest/meta-data/", "fout.link_intern"],
    ["https://172.16.0.1/", "fout.link_intern"],
    ["https://172.31.255.255/", "fout.link_intern"],
    ["https://192.168.1.10/meldcode.pdf", "fout.link_intern"],
    ["https://224.0.0.1/", "fout.link_intern"],
    ["https://[::1]/", "fout.link_intern"],
    ["https://[::]/", "fout.link_intern"],
    ["https://[fe80::1]/", "fout.link_intern"],
    ["https://[fd12:3456::1]/", "fout.link_intern"],
    ["https://[::ffff:127.0.0.1]/", "fout.link_intern"],
    ["https://[::ffff:192.168.0.1]/", "fout.link_intern"],
    ["https://[64:ff9b::10.0.0.1]/", "fout.link_intern"],
    [`https://school.nl/${"a".repeat(LINK_MAX_LENGTE)}`, "fout.te_lang"],
  ];
  for (const [url, sleutel] of fout) {
    it(`refuses ${JSON.stringify(url.length > 60 ? `${url.slice(0, 40)}…` : url)} with ${sleutel}`, () => {
      const fouten = controleerLink(url);
      assert.equal(fouten.length, 1, `exactly one error for ${url.slice(0, 60)}`);
      assert.equal(fouten[0]?.sleutel, sleutel, `key for ${url.slice(0, 60)}`);
      assert.equal(fouten[0]?.veld, "url", "the error names the field url");
    });
  }

  it("names the maximum length in the error", () => {
    const [eerste] = controleerLink(`https://school.nl/${"a".repeat(LINK_MAX_LENGTE)}`);
    assert.deepEqual(eerste?.waarden, { max: LINK_MAX_LENGTE }, "the form can say how long a link may be");
  });

  it("accepts a link of exactly the maximum length", () => {
    const begin = "https://school.nl/";
    const url = begin + "a".repeat(LINK_MAX_LENGTE - begin.length);
    assert.equal(url.length, LINK_MAX_LENGTE, "the test link has the maximum length");
    assert.deepEqual(controleerLink(url), [], "the maximum itself is allowed");
  });

  it("reports the most basic problem first", () => {
    assert.equal(
      controleerLink("http://jan:geheim@127.0.0.1/")[0]?.sleutel,
      "fout.link_geen_https",
      "https before sign-in details",
    );
    assert.equal(
      controleerLink("https://jan:geheim@127.0.0.1/")[0]?.sleutel,
      "fout.link_met_inlog",
      "sign-in details before the host",
    );
  });
});
