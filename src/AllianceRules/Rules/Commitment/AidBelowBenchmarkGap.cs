using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Commitment.AidBelowBenchmarkGap")]
[Description("After a sharp deterioration, a patron whose military and economic aid together fall short of the package its patron gave in the 1980s, about US$2.5bn a year or a tenth of GDP, falls short of what a sharp deterioration would likely demand (the benchmark is our reading, D11).")]
[Tag("C25"), Tag("C28"), Tag("D11")]
[Unmet("relations are not hostile, or the aid {power} offers meets the benchmark")]
[Priority(RulePriority.Commitment)]
internal sealed class AidBelowBenchmarkGap : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        RelationState relation = default!;
        AidBenchmark benchmark = default!;
        IEnumerable<GreatPowerOffer> aid = default!;

        When()
            .Match(() => patron)
            .Match(() => relation, r => r.Level == RelationLevel.Hostile)
            .Match(() => benchmark)
            .Query(() => aid, q => q
                .Match<GreatPowerOffer>(MadeBy(() => patron.Power), o => o.Kind.IsAid())
                .Collect()
                .Where(c => !benchmark.IsMetBy(c)));

        Then()
            .Yield(_ => new GapConclusion(patron.Power, Gap.AidBelowBenchmark));
    }
}
