using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.NoTripwireTroopsGap")]
[Description("A patron that cannot press the neighbour on land and stations no troops on the hedging state's soil falls short: troops large enough to serve as a tripwire are needed.")]
[Tag("C46")]
[Priority(RulePriority.Commitment)]
internal sealed class NoTripwireTroopsGap : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron)
            .Not<CanPressOnLand>(c => c.Power == patron.Power)
            .Not<GreatPowerOffer>(o => o.From == patron.Power.Name, o => o.Kind == OfferKind.TroopStationing);

        Then()
            .Yield(_ => new GapConclusion(patron.Power, Gap.NoTripwireTroops));
    }
}
