using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Needs.TripwireTroopsFromDistantPatron")]
[Description("A patron that cannot press the neighbour on land must station enough troops on the hedging state's soil to shore up its defence and serve as a tripwire.")]
[Tag("C46")]
[Priority(RulePriority.Needs)]
internal sealed class TripwireTroopsFromDistantPatron : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron)
            .Not<CanPressOnLand>(c => c.Power == patron.Power);

        Then()
            .Yield(_ => new NeedConclusion(patron.Power, Need.TripwireTroops));
    }
}
