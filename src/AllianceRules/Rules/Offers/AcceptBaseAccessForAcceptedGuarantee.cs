using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptBaseAccessForAcceptedGuarantee")]
[Description("Once balancing, the hedging state opens its bases to a patron's navy and air force in exchange for the security guarantee it accepts from that patron.")]
[Tag("C22")]
[Priority(RulePriority.OffersConsequence)]
internal sealed class AcceptBaseAccessForAcceptedGuarantee : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        GreatPowerOffer offer = default!;
        IEnumerable<AcceptedGuarantee> exchanged = default!;

        When()
            .Match(() => patron)
            .Match(() => offer, MadeBy(() => patron.Power), o => o.Kind == OfferKind.BaseAccess)
            .AtLeastOne(() => exchanged, a => a.Power == patron.Power);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Accept));
    }
}
