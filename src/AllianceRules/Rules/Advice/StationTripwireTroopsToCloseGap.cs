using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.StationTripwireTroopsToCloseGap")]
[Description("A patron that cannot press the neighbour on land should station troops on the hedging state's soil, enough to serve as a tripwire.")]
[Tag("C46")]
[Priority(RulePriority.Advice)]
internal sealed class StationTripwireTroopsToCloseGap : Rule
{
    public override void Define()
    {
        GapConclusion gap = default!;

        When()
            .Match(() => gap, g => g.Gap == Gap.NoTripwireTroops);

        Then()
            .Yield(_ => new AdviceConclusion(gap.Power, Advice.StationTripwireTroops));
    }
}
