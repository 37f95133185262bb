using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

/// <summary>An alliance whose guarantee protects the sea but not the land has costs of its own; each subclass names one.</summary>
internal abstract class SeaOnlyGuaranteeRisk(Risk risk) : Rule
{
    public override void Define()
    {
        GuaranteeProtection sea = default!;
        GreatPower power = default!;

        When()
            .Match(() => sea, s => s.Domain == Domain.Sea)
            .Not<GuaranteeProtection>(l => l.Guarantee == sea.Guarantee, l => l.Domain == Domain.Land)
            .Match(() => power, p => p.Name == sea.Guarantee.From);

        Then()
            .Yield(_ => new RiskConclusion(risk, power, sea.Guarantee));
    }
}
