using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Commitment.NoTripwireTroopsGap")]
[Description("A patron that cannot press the neighbour on land and stations no troops on the hedging state's soil falls short: troops large enough to serve as a tripwire are needed.")]
[Tag("C46")]
[Absence(2, "an offer from {power} to station troops on {hedger}'s soil")]
[Unmet("{power} borders {neighbour} on land, or offers to station troops on {hedger}'s soil")]
[Priority(RulePriority.Commitment)]
internal sealed class NoTripwireTroopsGap : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron)
            .Not<CanPressOnLand>(c => c.Power == patron.Power)
            .Not<GreatPowerOffer>(MadeBy(() => patron.Power), o => o.Kind == OfferKind.TroopStationing);

        Then()
            .Yield(_ => new GapConclusion(patron.Power, Gap.NoTripwireTroops));
    }
}
