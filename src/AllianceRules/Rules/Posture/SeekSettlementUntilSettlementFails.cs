using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Posture.SeekSettlementUntilSettlementFails")]
[Description("When relations turn bad the hedging state reacts by first trying to settle its differences; it balances only once that attempt has failed.")]
[Tag("C02"), Tag("C20")]
[Priority(RulePriority.Posture)]
internal sealed class SeekSettlementUntilSettlementFails : Rule
{
    public override void Define()
    {
        RelationState relation = default!;

        When()
            .Match(() => relation, r => r.IsBad, r => !r.SettlementFailed);

        Then()
            .Yield(_ => new PostureConclusion(Posture.SeekSettlement));
    }
}
