using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Posture.BandwagonWhenRelationsGoodOrStable")]
[Description("What the hedging state needs depends overwhelmingly on the state of relations with the neighbour; while relations are good or stable, the hedging state bandwagons to avoid a costly, needless war with a far larger neighbour.")]
[Tag("C01"), Tag("C02"), Tag("C03")]
[Priority(RulePriority.Posture)]
internal sealed class BandwagonWhenRelationsGoodOrStable : Rule
{
    public override void Define()
    {
        RelationState relation = default!;

        When()
            .Match(() => relation, r => !r.IsBad);

        Then()
            .Yield(_ => new PostureConclusion(Posture.Bandwagon));
    }
}
