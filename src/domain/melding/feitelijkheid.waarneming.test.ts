import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { controleerFeitelijkheid } from "./feitelijkheid.ts";
import { gevonden } from "./feitelijkheid.teststeun.ts";

// The anchor of an observation: what shows an inner state.

describe("controleerFeitelijkheid: the anchor of an observation", () => {
  it("flags a quality without anchor and lifts it for each kind of anchor", () => {
    assert.deepEqual(gevonden("Vader is erg betrokken."), [["vaag", "betrokken"]], "no anchor");
    assert.deepEqual(
      gevonden("Vader is sinds de zomer erg betrokken."),
      [["vaag", "betrokken"]],
      "a moment alone does not show a quality",
    );
    assert.deepEqual(
      gevonden("Er is te weinig toezicht op de kinderen."),
      [["vaag", "te weinig toezicht"]],
      "no anchor",
    );
    assert.deepEqual(
      gevonden("Sinds de zomer is er te weinig toezicht op de kinderen."),
      [],
      "a moment anchors a state of care",
    );
    const geankerd = [
      ["wie", "De leerkracht zag dat vader erg betrokken is."],
      ["wat", "Vader is erg betrokken: hij kwam op alle 6 gesprekken."],
      ["citaat", 'Vader is erg betrokken, "ik wil alles weten".'],
    ];
    for (const [anker, tekst] of geankerd) assert.deepEqual(gevonden(tekst ?? ""), [], `anchored by ${anker ?? ""}`);
  });

  it("names the missing anchors, or the interpretation field, in both languages", () => {
    const [nl] = controleerFeitelijkheid("Het contact met moeder is goed.");
    const [en] = controleerFeitelijkheid("Het contact met moeder is goed.", "en");
    assert.match(
      nl?.suggestie ?? "",
      /wie het zag of hoorde.*wanneer.*concreet.*'Duiding'/su,
      "Dutch suggestion names the anchors",
    );
    assert.match(
      en?.suggestie ?? "",
      /who saw or heard it.*when.*concretely.*'Interpretation'/su,
      "English suggestion names the anchors",
    );
    const [diagnose] = controleerFeitelijkheid("Lisa is getraumatiseerd.");
    assert.match(diagnose?.suggestie ?? "", /wie stelde dit vast/u, "a diagnosis asks who diagnosed");
    const [innerlijk] = controleerFeitelijkheid("Jesse is bang.", "en");
    assert.match(innerlijk?.suggestie ?? "", /what showed it/u, "an inner state asks what showed it");
  });

  it("a quality in an otherwise anchored sentence is still an interpretation when it is a known judgement", () => {
    assert.deepEqual(
      gevonden("Op 3 maart was moeder overbezorgd."),
      [["vaag", "overbezorgd"]],
      "a date does not show an inner state",
    );
    assert.deepEqual(
      gevonden("Tijdens het oudergesprek op 12 maart was vader agressief."),
      [["oordeel", "agressief"]],
      "a label stays a label",
    );
  });
});
