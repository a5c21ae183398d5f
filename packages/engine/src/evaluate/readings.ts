/** Other readings beside the literal text: what choosing a variant would change in a receipt. */
import type { Reading, Receipt } from '../output/schema.ts';
import type { VariantFile } from '../rules/schema.ts';

/** What a variant would change: the rules whose outcome differs, and the money. */
export function compareReadings(variant: VariantFile, literal: Receipt, other: Receipt): Reading {
  const before = new Map(literal.regels.map((rule) => [rule.id, rule.uitkomst]));
  return {
    variant: variant.id,
    titel: variant.titel,
    zekerheid: variant.zekerheid,
    verschillen: other.regels
      .filter((rule) => before.get(rule.id) !== rule.uitkomst)
      .map((rule) => ({
        regel: rule.id,
        uitkomst: before.get(rule.id) ?? 'niet-van-toepassing',
        metVariant: rule.uitkomst,
      })),
    termijnen: other.termijnen
      .filter(
        (term) =>
          literal.termijnen.find((own) => own.regel === term.regel)?.vervaldatum !==
          term.vervaldatum,
      )
      .map((term) => ({
        regel: term.regel,
        vervaldatum: literal.termijnen.find((own) => own.regel === term.regel)?.vervaldatum ?? null,
        metVariant: term.vervaldatum,
      })),
    vragen: other.vragen
      .filter(
        (vraag) => literal.vragen.find((own) => own.id === vraag.id)?.uitkomst !== vraag.uitkomst,
      )
      .map((vraag) => ({
        vraag: vraag.id,
        uitkomst:
          literal.vragen.find((own) => own.id === vraag.id)?.uitkomst ?? 'niet-van-toepassing',
        metVariant: vraag.uitkomst,
      })),
    bedragen: { gedekt: literal.bedragen.totaal.gedekt, metVariant: other.bedragen.totaal.gedekt },
  };
}
