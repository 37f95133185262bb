using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

/// <summary>While balancing, where an alliance is on the table, a patron's guarantee that protects the sea but not the land has costs of its own; each subclass names one.</summary>
[Absence(1, "protection on land by this offer: {offer}", DrawnBy = ["Geography.GuaranteeProtectsLand"])]
internal abstract class SeaOnlyGuaranteeRisk(Risk risk) : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        GuaranteeProtection sea = default!;

        When()
            .Match(() => patron)
            .Match(() => sea, s => s.Domain == Domain.Sea, s => s.Guarantee.From == patron.Power.Name)
            .Not<GuaranteeProtection>(l => l.Guarantee == sea.Guarantee, l => l.Domain == Domain.Land);

        Then()
            .Yield(_ => new RiskConclusion(risk, patron.Power, sea.Guarantee));
    }
}
