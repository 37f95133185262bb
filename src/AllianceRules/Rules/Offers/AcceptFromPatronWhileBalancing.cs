using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

/// <summary>
/// While balancing, the hedging state accepts what a patron offers; each subclass covers the
/// offer kinds of one claim, so that the claim IDs a response carries are exactly its own.
/// </summary>
internal abstract class AcceptFromPatronWhileBalancing(params OfferKind[] kinds) : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .Match(() => patron)
            .Match(() => offer, MadeBy(() => patron.Power), o => kinds.Contains(o.Kind));

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Accept));
    }
}
